"""The errors of the catalogue of service items (``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class CatalogueNotFound(NotFound):
    """没有该版本的服务项目目录: no catalogue version with this name."""

    code = "ITEM_CATALOGUE_NOT_FOUND"


class CatalogueExists(Conflict):
    """A catalogue version with this name exists already."""

    code = "ITEM_CATALOGUE_EXISTS"


class CataloguePublished(Conflict):
    """已发布的目录不可修改: a published version is frozen (its items and its date)."""

    code = "ITEM_CATALOGUE_PUBLISHED"


class CatalogueDateTaken(Conflict):
    """Another published version starts on the same day (``version``)."""

    code = "ITEM_CATALOGUE_DATE_TAKEN"


class CatalogueEmpty(Unprocessable):
    """A version without items is not published: it would make every item of its period unknown."""

    code = "ITEM_CATALOGUE_EMPTY"


class ServiceItemNotFound(NotFound):
    """The version has no item with this code."""

    code = "SERVICE_ITEM_NOT_FOUND"
