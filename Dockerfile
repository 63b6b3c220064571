# syntax=docker/dockerfile:1
# Production image: gunicorn serving the Wagtail site with production settings.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
WORKDIR /app
# Dependencies first: this layer is rebuilt only when the pins change.
COPY requirements.txt .
RUN /opt/venv/bin/pip install -r requirements.txt


FROM python:3.11-slim AS runtime
ENV PATH="/opt/venv/bin:$PATH" \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=campaign_site.settings.production \
    PORT=8000
RUN useradd --system --create-home --uid 1000 app
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --chown=1000:1000 . .
# Catalogs and static files are built into the image; the throwaway values only
# satisfy the production settings' checks during the build.
RUN SECRET_KEY=build-only ALLOWED_HOSTS=localhost python manage.py compile_catalogs \
    && SECRET_KEY=build-only ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput --verbosity 0 \
    && mkdir -p /app/media /app/spool && chown 1000:1000 /app/media /app/spool && chmod 700 /app/spool
USER 1000
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "deploy/healthcheck.py"]
CMD ["gunicorn", "--config", "gunicorn.conf.py", "campaign_site.wsgi:application"]
