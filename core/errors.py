"""The server-error handler: a translated page that never needs the database.

When the database is unreachable (``OperationalError``/``InterfaceError`` from
anywhere in the request, a view or a middleware) visitors get the static
"temporarily unavailable" page with status 503, ``Retry-After`` and the hotline
numbers the site remembered from normal pages; any other crash gets the 500
page. Both are rendered without a request context (no session, no user, no
settings lookup), in the language of the address.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token

RETRY_AFTER_SECONDS = 120


def database_unavailable(exception):
    while exception is not None:
        if isinstance(exception, OperationalError | InterfaceError):
            return True
        exception = exception.__cause__ or exception.__context__
    return False


@requires_csrf_token
def server_error(request, template_name="500.html"):
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    unavailable = database_unavailable(sys.exc_info()[1])
    with translation.override(language):
        if unavailable:
            response = HttpResponseServerError(loader.get_template("503.html").render())
            response.status_code = 503
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        else:
            response = HttpResponseServerError(loader.get_template(template_name).render())
    response["Cache-Control"] = "no-store"
    return response
