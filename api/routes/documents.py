"""Documents in and out: upload an article (extracted and stored as its own graph), list, read, delete."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartParser

from api.deps import SettingsDep, StoreDep
from api.models import DocumentCreated, DocumentPublic, DocumentsPublic, ErrorPublic
from api.routes._params import PagingDep, check_sort
from api.security import WriteAccess
from kg import documents
from kg._exceptions import BinaryDocument, DocumentTooLarge, EmptyDocument

router = APIRouter(prefix="/documents", tags=["documents"])

_UPLOAD_ERRORS = {
    400: {"model": ErrorPublic, "description": "empty upload, or no file part in a multipart form"},
    401: {"model": ErrorPublic, "description": "no bearer token"},
    403: {"model": ErrorPublic, "description": "wrong token, or writes disabled (no KG_TOKEN on the server)"},
    413: {"model": ErrorPublic, "description": "larger than KG_MAX_UPLOAD_BYTES"},
    415: {"model": ErrorPublic, "description": "binary, undecodable, or a media type that is not text"},
}
_EXAMPLE = "2023年，浙江省长兴县的吉利长兴基地入选国家级专精特新“小巨人”企业。"
_UPLOAD_BODY = {"requestBody": {"required": True, "content": {
    "text/plain": {"schema": {"type": "string"}, "example": _EXAMPLE},
    "text/html": {"schema": {"type": "string"}, "example": f"<html><body><h1>示例</h1><p>{_EXAMPLE}</p></body></html>"},
    "multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                                       "properties": {"file": {"type": "string", "format": "binary"}}}},
}}}


#: one upload is one document, stored in one transaction; several files need several requests
MAX_DOCUMENTS_PER_REQUEST = 1


class TooManyDocuments(DocumentTooLarge):
    """More documents in one request than it may carry: a 413, like any other size limit."""


class UnsupportedMediaType(BinaryDocument):
    """A Content-Type that cannot hold an article: like a binary file, a 415."""


async def _read_capped(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + 64 * 1024:  # multipart framing gets a little slack
        raise DocumentTooLarge("<upload>", f"{declared} bytes is more than the limit of {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit + 64 * 1024:
            raise DocumentTooLarge("<upload>", f"more than the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _file_from_form(request: Request, body: bytes) -> tuple[bytes, str | None]:
    async def stream():
        yield body
        yield b""

    form = await MultiPartParser(request.headers, stream()).parse()
    files = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
    if len(files) > MAX_DOCUMENTS_PER_REQUEST:  # never store the first and drop the rest silently
        raise TooManyDocuments("<upload>", f"{len(files)} files in one request; send one document per request")
    part = form.get("file") or next(iter(files), None)
    if not isinstance(part, UploadFile):
        raise EmptyDocument("<upload>", "the multipart form has no file part (send it as 'file')")
    data = await part.read()
    return data, (part.content_type or "").split(";")[0].strip().lower() or None


@router.post("", response_model=DocumentCreated, status_code=201, responses=_UPLOAD_ERRORS, openapi_extra=_UPLOAD_BODY,
             summary="Upload an article (text, HTML or a multipart file): it is extracted and stored",
             description="Needs `Authorization: Bearer $KG_TOKEN`. Answers 201 with what was added, or 200 with "
                         "status `unchanged` when the same bytes were already loaded. A bad upload leaves the store as it was.")
async def upload(request: Request, response: Response, store: StoreDep, settings: SettingsDep, _: WriteAccess) -> DocumentCreated:
    media = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    body = await _read_capped(request, settings.max_upload_bytes)
    if media == "multipart/form-data":
        data, media = await _file_from_form(request, body)
    elif media in documents.TEXT_MEDIA_TYPES or not media:
        data = body
    else:
        raise UnsupportedMediaType("<upload>", f"media type {media!r} is not an article: send text/plain, text/html or a multipart file")
    hint = media if media in documents.TEXT_MEDIA_TYPES else None
    result, counts = documents.upload(store, data, hint, settings.max_upload_bytes)
    if result.status == "unchanged":
        response.status_code = 200
    doc_id = documents.entity_id_of(result.iri)
    response.headers["Location"] = f"/documents/{doc_id}"
    return DocumentCreated(id=doc_id, iri=result.iri, title=result.title, status=result.status, counts=counts)


@router.get("", response_model=DocumentsPublic, summary="The documents in the store, with counts of what each holds",
            description="Sort keys: `title`, `published` (the default order is by id).")
def list_documents(store: StoreDep, paging: PagingDep) -> DocumentsPublic:
    check_sort(paging, ("title", "published", "id"))
    items = documents.list_documents(store)
    page = paging.page(items, {"title": lambda d: d["title"] or "", "published": lambda d: d["published"] or "", "id": lambda d: d["id"]})
    return DocumentsPublic(items=page, total=len(items), limit=paging.limit, offset=paging.offset)


DocId = Annotated[str, Path(min_length=1, max_length=200, description="doc/{16 hex digits}, the 16 hex digits alone, or the IRI",
                            examples=["doc/9e38df0d58f69581"])]


@router.get("/{id:path}", response_model=DocumentPublic, responses={404: {"model": ErrorPublic}},
            summary="One document: metadata, counts, the entities it mentions and every fact taken from it")
def get_document(id: DocId, store: StoreDep) -> DocumentPublic:
    return DocumentPublic(**documents.document(store, documents.document_iri_of(id)))


@router.delete("/{id:path}", status_code=204, responses={404: {"model": ErrorPublic}, 401: {"model": ErrorPublic}, 403: {"model": ErrorPublic}},
               summary="Remove a document's graph: facts only it supported disappear, others stay")
def delete_document(id: DocId, store: StoreDep, _: WriteAccess) -> Response:
    documents.delete(store, documents.document_iri_of(id))
    return Response(status_code=204)
