from wagtail import blocks

import pytest

from core.blocks import VideoBlock, video_embed_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        ),
        ("https://youtu.be/dQw4w9WgXcQ?t=3", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"),
        (
            "https://m.youtube.com/shorts/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        ),
        ("https://vimeo.com/123456", "https://player.vimeo.com/video/123456?dnt=1&autoplay=1"),
        ("https://example.org/video", None),
        ("https://www.youtube.com/watch?v=<script>", None),
        ("javascript:alert(1)", None),
        ("", None),
    ],
)
def test_video_embed_address(url, expected):
    assert video_embed_url(url) == expected


def test_video_block_rejects_other_sites():
    block = VideoBlock()
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({"url": "https://example.org/v.mp4", "title": "Видео", "transcript": ""}))
