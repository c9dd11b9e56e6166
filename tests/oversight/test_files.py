"""Photos and documents of supervision kept as files (issue 15: "Inspection plans and visits of institutions
(findings, photos/documents…)", a case's "evidence, the institution's statement"): sent as the body or as a
multipart form, kept in PostgreSQL with their SHA-256, size and the type their first bytes show (JPEG, PNG,
PDF only; 415 otherwise, 413 past the configured size), listed per visit or case and downloaded with
``Content-Disposition``. Scope as the parent's: a contractor its counties, an institution its own visits
and, of its own cases, only its statements' files; anything else 404 as unknown."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from tests.oversight.supervision import (  # noqa: F401  (the fixtures)
    Caller,
    World,
    settlement_reader_fixture,
    world_fixture,
)

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


async def a_visit(w: World) -> dict[str, Any]:
    made: dict[str, Any] = await w.contractor_a.post(
        "/api/v1/inspections",
        {
            "institution_id": w.x,
            "visited_on": "2026-07-15",
            "inspectors": ["王检查"],
            "findings": [{"kind": "records", "severity": "serious", "description": "护理记录与打卡时间不符"}],
            "documents": [],
        },
    )
    return made


async def a_case(w: World) -> dict[str, Any]:
    made: dict[str, Any] = await w.contractor_a.post(
        "/api/v1/cases",
        {"institution_id": w.x, "source": "data_rule", "data_rule": "同时段两处打卡", "summary": "两处打卡"},
    )
    return made


async def send_raw(
    caller: Caller, path: str, body: bytes, content_type: str, expect: int = 201, **params: str
) -> Any:
    return await caller.call(
        "POST", path, expect, content=body, headers={"Content-Type": content_type}, params=params
    )


async def send_form(
    caller: Caller, path: str, name: str, body: bytes, part_type: str, expect: int = 201, **params: str
) -> Any:
    return await caller.call("POST", path, expect, files={"file": (name, body, part_type)}, params=params)


async def download(caller: Caller, path: str) -> httpx.Response:
    return await caller.gateway.get(path, headers=caller.headers)


class TestAVisitsPhotosAndDocuments:
    async def test_a_photo_as_the_body_and_a_pdf_as_a_form_are_kept_listed_and_downloaded_whole(
        self, world: World
    ) -> None:
        visit = await a_visit(world)
        path = f"/api/v1/inspections/{visit['id']}/files"
        photo = await send_raw(
            world.contractor_a, path, JPEG, "image/jpeg", purpose="finding", filename="现场照片1.jpg"
        )
        assert (photo["media_type"], photo["size_bytes"], photo["sha256"], photo["filename"]) == (
            "image/jpeg",
            len(JPEG),
            hashlib.sha256(JPEG).hexdigest(),
            "现场照片1.jpg",
        )
        record = await send_form(
            world.contractor_a, path, "整改复查记录.pdf", PDF, "application/pdf", purpose="follow_up"
        )
        assert (record["media_type"], record["purpose"]) == ("application/pdf", "follow_up")
        listed = await world.bureau.get(path)
        assert [(f["filename"], f["purpose"]) for f in listed["items"]] == [
            ("现场照片1.jpg", "finding"),
            ("整改复查记录.pdf", "follow_up"),
        ]
        got = await download(world.institution_x, photo["download"])
        assert got.status_code == 200
        assert got.content == JPEG
        assert got.headers["content-type"] == "image/jpeg"
        assert got.headers["content-disposition"] == (
            "attachment; filename=\"____1.jpg\"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%871.jpg"
        )
        assert got.headers["etag"] == f'"{hashlib.sha256(JPEG).hexdigest()}"'

    async def test_the_same_bytes_again_are_the_file_kept_before(self, world: World) -> None:
        visit = await a_visit(world)
        path = f"/api/v1/inspections/{visit['id']}/files"
        first = await send_raw(world.contractor_a, path, PNG, "image/png", purpose="finding")
        again = await send_raw(
            world.contractor_a, path, PNG, "application/octet-stream", 200, purpose="finding"
        )
        assert again["id"] == first["id"]
        assert first["filename"].endswith(".png"), "an unnamed file is named by its purpose and type"
        assert len((await world.bureau.get(path))["items"]) == 1

    async def test_only_jpeg_png_and_pdf_by_their_first_bytes_and_never_empty(self, world: World) -> None:
        visit = await a_visit(world)
        path = f"/api/v1/inspections/{visit['id']}/files"
        html = await send_raw(
            world.contractor_a, path, b"<html><script>", "application/octet-stream", 415, purpose="finding"
        )
        assert html["code"] == "FILE_TYPE_NOT_ALLOWED"
        disguised = await send_raw(world.contractor_a, path, PDF, "image/jpeg", 415, purpose="finding")
        assert disguised["code"] == "FILE_TYPE_NOT_ALLOWED"
        assert "application/pdf" in disguised["detail"]
        declared = await send_raw(world.contractor_a, path, b"a,b\n", "text/csv", 415, purpose="finding")
        assert declared["code"] == "FILE_TYPE_NOT_ALLOWED"
        as_form = await send_form(
            world.contractor_a,
            path,
            "x.exe",
            b"MZ\x90\x00" * 10,
            "application/octet-stream",
            415,
            purpose="finding",
        )
        assert as_form["code"] == "FILE_TYPE_NOT_ALLOWED"
        empty = await send_raw(world.contractor_a, path, b"", "image/png", 422, purpose="finding")
        assert empty["code"] == "FILE_EMPTY"
        wrong_field = await world.contractor_a.call(
            "POST", path, 422, files={"photo": ("a.jpg", JPEG, "image/jpeg")}, params={"purpose": "finding"}
        )
        assert wrong_field["code"] == "UPLOAD_FORM_INVALID"
        assert (await world.bureau.get(path))["items"] == []

    async def test_a_file_past_the_configured_size_is_refused_413(
        self, world: World, service_apps: dict[str, FastAPI]
    ) -> None:
        visit = await a_visit(world)
        path = f"/api/v1/inspections/{visit['id']}/files"
        settings = service_apps["oversight"].state.settings
        limit = settings.oversight_file_max_bytes
        service_apps["oversight"].state.settings = settings.model_copy(
            update={"oversight_file_max_bytes": 4096}
        )
        try:
            big = await send_raw(
                world.contractor_a, path, JPEG + bytes(4096), "image/jpeg", 413, purpose="finding"
            )
            as_form = await send_form(
                world.contractor_a, path, "big.jpg", JPEG + bytes(4096), "image/jpeg", 413, purpose="finding"
            )
            fits = await send_raw(
                world.contractor_a, path, (JPEG * 2)[:4000], "image/jpeg", purpose="finding"
            )
        finally:
            service_apps["oversight"].state.settings = settings.model_copy(
                update={"oversight_file_max_bytes": limit}
            )
        assert big["code"] == as_form["code"] == "FILE_TOO_LARGE"
        assert fits["size_bytes"] == 4000

    async def test_out_of_scope_is_unknown_and_an_institution_only_reads(self, world: World) -> None:
        visit = await a_visit(world)
        path = f"/api/v1/inspections/{visit['id']}/files"
        kept = await send_raw(world.contractor_a, path, JPEG, "image/jpeg", purpose="finding")
        unknown = f"/api/v1/inspections/{uuid.uuid4()}/files"
        theirs = await send_raw(world.contractor_b, path, JPEG, "image/jpeg", 404, purpose="finding")
        nobodys = await send_raw(world.contractor_b, unknown, JPEG, "image/jpeg", 404, purpose="finding")
        assert theirs["code"] == nobodys["code"] == "INSPECTION_NOT_FOUND"
        for caller in (world.contractor_b, world.institution_y):
            assert (await download(caller, kept["download"])).status_code == 404
            assert (await caller.get(path, expect=404))["code"] == "INSPECTION_NOT_FOUND"
        refused = await send_raw(world.institution_x, path, JPEG, "image/jpeg", 403, purpose="finding")
        assert refused["capability"] == "oversight.inspections.write"
        wrong_parent = await download(world.bureau, f"/api/v1/inspections/{visit['id']}/files/{uuid.uuid4()}")
        assert (wrong_parent.status_code, wrong_parent.json()["code"]) == (404, "FILE_NOT_FOUND")


class TestACasesEvidenceAndStatementFiles:
    async def test_evidence_by_the_contractor_and_the_statement_by_the_institution_seen_as_they_should(
        self, world: World
    ) -> None:
        case = await a_case(world)
        evidence = await send_form(
            world.contractor_a,
            f"/api/v1/cases/{case['id']}/evidence-files",
            "打卡记录截图.png",
            PNG,
            "image/png",
        )
        statement = await send_raw(
            world.institution_x,
            f"/api/v1/cases/{case['id']}/statement-files",
            PDF,
            "application/pdf",
            filename="陈述申辩书.pdf",
        )
        assert (evidence["purpose"], statement["purpose"]) == ("evidence", "statement")
        listing = f"/api/v1/cases/{case['id']}/files"
        assert [f["purpose"] for f in (await world.bureau.get(listing))["items"]] == ["evidence", "statement"]
        assert [f["id"] for f in (await world.institution_x.get(listing))["items"]] == [statement["id"]]
        assert (await download(world.institution_x, statement["download"])).content == PDF
        hidden = await download(world.institution_x, evidence["download"])
        assert (hidden.status_code, hidden.json()["code"]) == (404, "FILE_NOT_FOUND")
        for caller in (world.contractor_b, world.institution_y):
            assert (await caller.get(listing, expect=404))["code"] == "CASE_NOT_FOUND"
            assert (await download(caller, statement["download"])).status_code == 404
        other = await send_raw(
            world.institution_y, f"/api/v1/cases/{case['id']}/statement-files", PDF, "application/pdf", 404
        )
        assert other["code"] == "CASE_NOT_FOUND"
        by_contractor = await send_raw(
            world.contractor_a, f"/api/v1/cases/{case['id']}/statement-files", PDF, "application/pdf", 403
        )
        assert by_contractor["capability"] == "oversight.cases.state"

    async def test_a_statement_only_while_undecided_and_evidence_until_closed(self, world: World) -> None:
        case = await a_case(world)
        await world.bureau.post(
            f"/api/v1/cases/{case['id']}/decision", {"outcome": "no_violation", "reason": "查无实据"}
        )
        late = await send_raw(
            world.institution_x, f"/api/v1/cases/{case['id']}/statement-files", PDF, "application/pdf", 409
        )
        assert late["code"] == "CASE_IS_DECIDED"
        await send_raw(world.bureau, f"/api/v1/cases/{case['id']}/evidence-files", JPEG, "image/jpeg")
        await world.bureau.post(f"/api/v1/cases/{case['id']}/status-changes", {"status": "closed"})
        closed = await send_raw(
            world.bureau, f"/api/v1/cases/{case['id']}/evidence-files", PNG, "image/png", 409
        )
        assert closed["code"] == "CASE_IS_CLOSED"


@pytest.mark.parametrize("body", [JPEG, PNG, PDF])
async def test_each_allowed_type_is_told_by_its_bytes_whatever_the_part_says(
    world: World, body: bytes
) -> None:
    visit = await a_visit(world)
    kept = await send_form(
        world.contractor_a,
        f"/api/v1/inspections/{visit['id']}/files",
        "scan",
        body,
        "application/octet-stream",
        purpose="finding",
    )
    assert kept["sha256"] == hashlib.sha256(body).hexdigest()
    assert (await download(world.bureau, kept["download"])).content == body
