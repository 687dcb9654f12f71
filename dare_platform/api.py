"""Wagtail API v2: read-only access to live pages in both locales (filter with ?locale=nl)."""

import re

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

MAX_OFFSET = 1_000_000  # far past the last item, far below the database's largest integer
DIGITS = re.compile(r"[0-9]{1,9}")


class CheckedParameters:
    """Answers with 400, as Wagtail does for other bad input, the parameters Wagtail passes on
    unchecked and the database then refuses with a server error: a NUL character, an offset
    beyond the database's integers, a ``find/?id=`` that is not a number."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        params = request.GET
        if any("\x00" in name + "".join(values) for name, values in params.lists()):
            raise BadRequestError("parameters must not contain NUL characters")
        try:
            offset = int(params.get("offset", 0))  # parsed as Wagtail parses it
        except ValueError:
            offset = 0  # Wagtail answers that itself
        if offset > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        if self.action == "find_view" and "id" in params and not DIGITS.fullmatch(params["id"]):
            raise BadRequestError("id must be a whole number")


class Pages(CheckedParameters, PagesAPIViewSet):
    pass


class Images(CheckedParameters, ImagesAPIViewSet):
    pass


class Documents(CheckedParameters, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", Pages)
api_router.register_endpoint("images", Images)
api_router.register_endpoint("documents", Documents)
