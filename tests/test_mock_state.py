"""The mock remembers resources, over real HTTP: collections, ids, lists, paging, seeds, reset.

The rules (generator/mock/state.py) are derived from each spec; nothing is specific to
RealtimeKit. The same checks run against public specs not written for this project.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from mockserver import MAIN_SPEC, ROOT, MockServer, running_mock

from generator.load import load_spec
from generator.schemas import validator_for

SPEC = load_spec(MAIN_SPEC)
PATHS = SPEC.data["paths"]
COLLECTION = "/accounts/{account_id}/realtimekit/recordings"
EXAMPLE_ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353"  # the AccountId parameter's example
GET_EXAMPLE = PATHS[COLLECTION + "/{recording_id}"]["get"]["responses"]["200"]["content"][
    "application/json"
]["example"]
POST_EXAMPLE = PATHS[COLLECTION]["post"]["responses"]["200"]["content"]["application/json"][
    "example"
]
SEED_ID = GET_EXAMPLE["data"]["id"]
TOKEN = {"Authorization": "Bearer test-token"}
MEETING_A = "97440c6a-140b-40a9-9499-b23fd7a3868a"
MEETING_B = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c"
PUBLIC = ROOT / "tests" / "specs" / "public"


def recordings(account: str) -> str:
    return f"/accounts/{account}/realtimekit/recordings"


def valid(schema: str, instance: Any) -> list[str]:
    validator = validator_for(SPEC.data, ("components", "schemas", schema))
    return [error.message for error in validator.iter_errors(instance)]


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with running_mock(MAIN_SPEC) as mock:
        yield mock
    assert mock.exit_code == 0
    assert mock.stderr == ""


@pytest.fixture
def mock(server: MockServer) -> MockServer:
    server.reset()
    return server


def call(mock: MockServer, method: str, path: str, **kwargs: Any) -> httpx.Response:
    kwargs.setdefault("headers", TOKEN)
    return httpx.request(method, mock.url + path, timeout=10, **kwargs)


def start(mock: MockServer, account: str, meeting: str = MEETING_A) -> dict[str, Any]:
    """Start a recording; the recording answered (already checked against the schema)."""
    response = call(mock, "POST", recordings(account), json={"meeting_id": meeting})
    assert response.status_code == 200, response.text
    assert valid("StartRecordingResponse", response.json()) == []
    data: dict[str, Any] = response.json()["data"]
    return data


def listed(mock: MockServer, account: str, **query: Any) -> dict[str, Any]:
    response = call(mock, "GET", recordings(account), params=query)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert valid("ListRecordingsResponse", body) == []
    return body


def ids(body: dict[str, Any]) -> list[str]:
    return [item["id"] for item in body["data"]]


def resources(mock: MockServer) -> dict[str, list[dict[str, Any]]]:
    response = mock.control("GET", "resources")
    assert response.status_code == 200
    held: dict[str, list[dict[str, Any]]] = response.json()
    return held


def not_found(response: httpx.Response, path: str) -> None:
    """A 404 in the API's error envelope, naming what was not found."""
    assert response.status_code == 404, response.text
    body = response.json()
    assert valid("ErrorResponse", body) == []
    assert body["error"] == {
        "code": 404,
        "message": f"no resource at {path}",
        "details": [],
    }


# -- RealtimeKit (spec/openapi.yaml) -------------------------------------------------------------


def test_twenty_starts_get_twenty_distinct_uuids(mock: MockServer) -> None:
    started = [start(mock, "acc-1")["id"] for _ in range(20)]
    assert len(set(started)) == 20
    assert all(str(uuid.UUID(i)) == i for i in started)  # valid, canonical UUIDs
    assert POST_EXAMPLE["data"]["id"] not in started
    assert [r["id"] for r in resources(mock)[recordings("acc-1")]] == started  # creation order


def test_a_started_recording_can_be_fetched(mock: MockServer) -> None:
    created = start(mock, "acc-1")
    response = call(mock, "GET", f"{recordings('acc-1')}/{created['id']}")
    assert response.status_code == 200
    assert valid("RecordingResponse", response.json()) == []
    assert response.json() == {"success": True, "data": created}


def test_put_answers_the_stored_recording_and_unknown_ids_are_404(mock: MockServer) -> None:
    created = start(mock, "acc-1")
    path = f"{recordings('acc-1')}/{created['id']}"
    paused = call(mock, "PUT", path, json={"action": "pause"})
    assert paused.status_code == 200
    assert valid("RecordingResponse", paused.json()) == []
    # `action` is not a field of a recording: nothing to merge, and no status is inferred.
    assert paused.json()["data"] == created
    unknown = f"{recordings('acc-1')}/00000000-0000-4000-8000-000000000000"
    not_found(call(mock, "GET", unknown), unknown)
    not_found(call(mock, "PUT", unknown, json={"action": "stop"}), unknown)
    # A path below the collection that is not an item answers as before.
    active = call(mock, "GET", f"{recordings('acc-1')}/active-recording/{MEETING_B}")
    assert active.status_code == 200


def test_the_list_is_paginated_by_page_no_and_per_page(mock: MockServer) -> None:
    made = [start(mock, "acc-pages")["id"] for _ in range(5)]
    everything = listed(mock, "acc-pages")  # page_no defaults to 1; no per_page: one page
    assert ids(everything) == made
    assert everything["paging"]["total_count"] == 5
    pages = [listed(mock, "acc-pages", page_no=n, per_page=2) for n in (1, 2, 3, 4)]
    assert [ids(page) for page in pages] == [made[0:2], made[2:4], made[4:], []]
    assert {page["paging"]["total_count"] for page in pages} == {5}
    assert ids(listed(mock, "acc-pages", page_no=2)) == []  # all of them were on page 1
    assert ids(listed(mock, "acc-empty")) == []


def test_the_list_is_filtered_by_meeting_and_by_status(mock: MockServer) -> None:
    meetings = [MEETING_A, MEETING_A, MEETING_B, MEETING_A, MEETING_B]
    made = [start(mock, "acc-f", meeting)["id"] for meeting in meetings]
    # meeting_id is not a field of a recording: it is the request body's that started it.
    by_a = listed(mock, "acc-f", meeting_id=MEETING_A)
    assert ids(by_a) == [made[0], made[1], made[3]]
    assert by_a["paging"]["total_count"] == 3
    paged = listed(mock, "acc-f", meeting_id=MEETING_B, page_no=2, per_page=1)
    assert (ids(paged), paged["paging"]["total_count"]) == ([made[4]], 2)
    # status is an array parameter: any of the given values matches.
    assert ids(listed(mock, EXAMPLE_ACCOUNT, status="RECORDING")) == [SEED_ID]
    extra = start(mock, EXAMPLE_ACCOUNT)["id"]  # answered INVOKED, like the POST's example
    assert ids(listed(mock, EXAMPLE_ACCOUNT, status=["INVOKED"])) == [extra]
    both = listed(mock, EXAMPLE_ACCOUNT, status=["RECORDING", "INVOKED"])
    assert ids(both) == [SEED_ID, extra]
    assert ids(listed(mock, "acc-f", status="PAUSED")) == []
    # Sorting, searching and time ranges are not modeled: those parameters change nothing.
    assert ids(listed(mock, "acc-f", search="nothing-matches", sort_order="DESC")) == made


def test_accounts_do_not_share_recordings(mock: MockServer) -> None:
    mine, theirs = start(mock, "acc-mine")["id"], start(mock, "acc-theirs")["id"]
    assert ids(listed(mock, "acc-mine")) == [mine]
    assert ids(listed(mock, "acc-theirs")) == [theirs]
    wrong = f"{recordings('acc-mine')}/{theirs}"
    not_found(call(mock, "GET", wrong), wrong)


def test_the_examples_account_is_seeded_and_reset_restores_exactly_the_seed(
    mock: MockServer,
) -> None:
    seed = {recordings(EXAMPLE_ACCOUNT): [GET_EXAMPLE["data"]]}
    assert resources(mock) == seed  # the GET's example, under the parameters' examples
    fetched = call(mock, "GET", f"{recordings(EXAMPLE_ACCOUNT)}/{SEED_ID}")
    assert fetched.json() == GET_EXAMPLE
    created = start(mock, EXAMPLE_ACCOUNT)["id"]
    start(mock, "acc-1")
    mock.fault(status=503)
    assert len(resources(mock)) == 2
    mock.reset()
    assert resources(mock) == seed
    assert mock.requests() == []
    assert mock.control("GET", "faults").json() == []
    gone = f"{recordings(EXAMPLE_ACCOUNT)}/{created}"
    not_found(call(mock, "GET", gone), gone)
    # Fresh ids start over too: the same sequence after every reset.
    mock.reset()
    again = start(mock, EXAMPLE_ACCOUNT)["id"]
    assert again == created


def test_a_failed_start_creates_nothing(mock: MockServer) -> None:
    before = resources(mock)
    path = recordings("acc-1")
    assert call(mock, "POST", path, json={"max_seconds": 5}).status_code == 400
    assert call(mock, "POST", path, json={}, headers={}).status_code == 401
    wrong = {**TOKEN, "Content-Type": "text/plain"}
    assert call(mock, "POST", path, content=b"x", headers=wrong).status_code == 415
    mock.fault(status=503, match={"method": "POST"})
    assert call(mock, "POST", path, json={"meeting_id": MEETING_A}).status_code == 503
    statuses = [entry["status"] for entry in mock.requests()]
    assert statuses == [400, 401, 415, 503]
    assert resources(mock) == before
    assert ids(listed(mock, "acc-1")) == []


# -- public specs --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def petstore_expanded() -> Iterator[MockServer]:
    with running_mock(PUBLIC / "oai-petstore-expanded.yaml") as mock:
        yield mock


def test_petstore_expanded_integer_ids_list_and_delete(petstore_expanded: MockServer) -> None:
    # POST /pets answers a Pet (NewPet + an integer id) and /pets/{id} exists: a collection.
    # No example anywhere: nothing is seeded.
    mock = petstore_expanded
    mock.reset()
    assert resources(mock) == {}
    added = []
    for name in ("Rex", "Tom", "Kit"):
        response = httpx.post(mock.url + "/pets", json={"name": name, "tag": "x"}, timeout=10)
        assert response.status_code == 200, response.text
        added.append(response.json())
    assert [(p["id"], p["name"]) for p in added] == [(1, "Rex"), (2, "Tom"), (3, "Kit")]
    # The list's body is the array; tags (an array parameter) is not a field: no filter.
    pets = httpx.get(mock.url + "/pets", params={"tags": ["dog"], "limit": 1}, timeout=10)
    assert pets.json() == added
    assert httpx.get(mock.url + "/pets/2", timeout=10).json() == added[1]
    deleted = httpx.delete(mock.url + "/pets/2", timeout=10)
    assert (deleted.status_code, deleted.content) == (204, b"")
    for method in ("GET", "DELETE"):
        gone = httpx.request(method, mock.url + "/pets/2", timeout=10)
        assert gone.status_code == 404
        # The spec's `default` error schema, Error {code, message}, filled in.
        assert gone.json() == {"code": 404, "message": "no resource at /pets/2", "details": []}
    assert [p["id"] for p in httpx.get(mock.url + "/pets", timeout=10).json()] == [1, 3]
    fourth = httpx.post(mock.url + "/pets", json={"name": "Max"}, timeout=10).json()
    assert fourth["id"] == 4  # above every id held or given: 2 is not reused
    mock.reset()
    assert resources(mock) == {}


def test_petstore_without_a_created_body_remembers_nothing() -> None:
    # POST /pets answers 201 without content: no identifier to give, so no collection;
    # /pets/{petId} answers from the schema, as before.
    with running_mock(PUBLIC / "oai-petstore.yaml") as mock:
        pet = {"id": 10, "name": "doggie"}
        assert httpx.post(mock.url + "/pets", json=pet, timeout=10).status_code == 201
        assert resources(mock) == {}
        shown = httpx.get(mock.url + "/pets/anything", timeout=10)
        assert shown.status_code == 200
        assert set(shown.json()) >= {"id", "name"}


@pytest.fixture(scope="module")
def swagger_petstore() -> Iterator[MockServer]:
    with running_mock(PUBLIC / "swagger-petstore.yaml") as mock:
        yield mock


PET_AUTH = {"Authorization": "Bearer t", "api_key": "k"}


def test_swagger_petstore_pets_keep_the_id_the_client_sent(swagger_petstore: MockServer) -> None:
    mock = swagger_petstore
    mock.reset()
    pet = {"id": 10, "name": "doggie", "photoUrls": []}
    first = httpx.post(mock.url + "/pet", json=pet, headers=PET_AUTH, timeout=10)
    assert first.json()["id"] == 10  # free: kept
    second = httpx.post(mock.url + "/pet", json=pet, headers=PET_AUTH, timeout=10)
    assert second.json()["id"] == 11  # taken: the next one above
    unnamed = {"name": "cat", "photoUrls": []}
    third = httpx.post(mock.url + "/pet", json=unnamed, headers=PET_AUTH, timeout=10)
    assert third.json()["id"] == 12
    fetched = httpx.get(mock.url + "/pet/11", headers=PET_AUTH, timeout=10)
    assert fetched.json() == second.json()
    deleted = httpx.delete(mock.url + "/pet/10", headers=PET_AUTH, timeout=10)
    assert deleted.status_code == 200
    gone = httpx.get(mock.url + "/pet/10", headers=PET_AUTH, timeout=10)
    assert gone.status_code == 404  # 404 is declared without content: the generic envelope
    assert gone.json()["error"]["message"] == "no resource at /pet/10"
    # POST /pet/{petId} (update with form data) is not one of GET/PUT/PATCH/DELETE: as before.
    updated = httpx.post(mock.url + "/pet/999?name=x", headers=PET_AUTH, timeout=10)
    assert updated.status_code == 200
    held = resources(mock)["/pet"]
    assert [p["id"] for p in held] == [11, 12]


def test_swagger_petstore_users_are_addressed_by_username(swagger_petstore: MockServer) -> None:
    # /user/{username}: User has both `id` and `username`; the path names the key.
    mock = swagger_petstore
    mock.reset()
    user = {"username": "ada", "firstName": "Ada", "email": "ada@example.com"}
    created = httpx.post(mock.url + "/user", json=user, timeout=10)
    assert created.status_code == 200
    assert created.json()["username"] == "ada"
    path = mock.url + "/user/ada"
    assert httpx.get(path, timeout=10).json() == created.json()
    # PUT answers without content; the body's fields that are User's are merged.
    changed = httpx.put(path, json={"firstName": "Augusta", "phone": "555"}, timeout=10)
    assert (changed.status_code, changed.content) == (200, b"")
    after = httpx.get(path, timeout=10).json()
    assert (after["firstName"], after["phone"], after["email"]) == (
        "Augusta",
        "555",
        "ada@example.com",
    )
    assert after["username"] == "ada"
    assert httpx.put(mock.url + "/user/nobody", json={}, timeout=10).status_code == 404
    assert httpx.delete(path, timeout=10).status_code == 200
    assert httpx.get(path, timeout=10).status_code == 404
    # An order: no id sent, so a fresh one (above the ones held: none yet).
    order = httpx.post(mock.url + "/store/order", json={"petId": 1, "quantity": 2}, timeout=10)
    assert order.json()["id"] == 1
    assert httpx.get(mock.url + "/store/order/1", timeout=10).json() == order.json()


# -- paging rules on a small spec ----------------------------------------------------------------

PAGED_YAML = """\
openapi: 3.1.0
info: {title: Notes, version: 1.0.0}
paths:
  /notes:
    get:
      operationId: listNotes
      x-sdk-pagination: {page: page, per-page: limit, items: results, total: meta.count}
      parameters:
        - {name: page, in: query, schema: {type: integer}}
        - {name: limit, in: query, schema: {type: integer, minimum: 1, default: 2}}
        - {name: color, in: query, schema: {type: string}}
      responses:
        '200':
          description: A page.
          content:
            application/json:
              schema:
                type: object
                required: [results, meta]
                properties:
                  results: {type: array, items: {$ref: '#/components/schemas/Note'}}
                  meta:
                    type: object
                    required: [count]
                    properties: {count: {type: integer}}
    post:
      operationId: addNote
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [text]
              properties:
                text: {type: string}
                color: {type: string}
      responses:
        '201':
          description: The note.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Note'}
  /notes/{note_id}:
    patch:
      operationId: editNote
      parameters:
        - {name: note_id, in: path, required: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                text: {type: string}
                id: {type: string}
      responses:
        '200':
          description: The note.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Note'}
components:
  schemas:
    Note:
      type: object
      required: [id, text]
      properties:
        id: {type: string, maxLength: 10}
        text: {type: string}
        color: {type: string}
"""


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    spec: Path = tmp_path_factory.mktemp("notes") / "notes.yaml"
    spec.write_text(PAGED_YAML, encoding="utf-8")
    with running_mock(spec) as mock:
        yield mock


def test_pages_count_from_1_with_the_declared_default_size(notes: MockServer) -> None:
    notes.reset()
    made = []
    for n in range(5):
        body = {"text": f"note {n}", "color": "red" if n % 2 else "blue"}
        response = httpx.post(notes.url + "/notes", json=body, timeout=10)
        assert response.status_code == 201
        made.append(response.json())
    # Fresh string ids in the style of the schema's instance ("string"), within maxLength.
    assert [m["id"] for m in made] == [f"string-{n}" for n in range(1, 6)]

    def page(**query: Any) -> tuple[list[str], Any]:
        body = httpx.get(notes.url + "/notes", params=query, timeout=10).json()
        return [note["id"] for note in body["results"]], body["meta"]["count"]

    ids = [m["id"] for m in made]
    # No default and no minimum: the first page is 1; limit's default (2) is the page size.
    assert page() == (ids[:2], 5)
    assert page(page=3) == (ids[4:], 5)
    assert page(page=0) == ([], 5)  # before the first page
    assert page(page=-1) == ([], 5)
    assert page(page=4) == ([], 5)  # past the end
    assert page(limit=10) == (ids, 5)
    assert page(color="red", limit=10) == ([ids[1], ids[3]], 2)  # a field of the note
    edited = httpx.patch(notes.url + "/notes/string-2", json={"text": "new", "id": "x"}, timeout=10)
    assert edited.json() == {**made[1], "text": "new"}  # the id never changes
