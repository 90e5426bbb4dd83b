"""Module files in and out of the browser: a zip of a module folder is uploaded with the checks
of `flask training load-module`, and any module is exported as one that uploads back the same."""

import io
import stat
import zipfile
from pathlib import Path

import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from accounts.audit import AuditEvent
from extensions import db
from tests.security.checks import html_problems
from tests.training.helpers import edit, module_folder
from training.demo import CONTENT
from training.models import Assignment, Module
from training.module_files import module_data, read_module, read_module_archive


def zipped(folder: Path, root: str | None = None) -> bytes:
    """The folder as a zip, under ``root/`` (default: the folder's name; "" for no folder)."""
    root = folder.name if root is None else root
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                name = path.relative_to(folder).as_posix()
                archive.write(path, f"{root}/{name}" if root else name)
    return buffer.getvalue()


def upload(client, content: bytes, name="module.zip", language=None):
    """Encoded in memory: the test client would spool a large body to a file it never closes."""
    boundary, body = encode_multipart({"file": FileStorage(io.BytesIO(content), name)})
    return client.post(
        "/admin/training/upload" + (f"?lang={language}" if language else ""),
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
    )


@pytest.fixture
def admin_client(client, auth, make_user):
    auth.login(make_user(role="admin", email="author@adal.example")["email"])
    return client


def module_count(app) -> int:
    with app.app_context():
        return db.session.execute(db.select(db.func.count(Module.id))).scalar()


@pytest.mark.parametrize("root", [None, ""])
def test_a_zipped_module_folder_loads_as_a_draft(app, admin_client, tmp_path, root):
    folder = module_folder(tmp_path, "gifts-and-hospitality")
    response = upload(admin_client, zipped(folder, root))
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/training/gifts-and-hospitality/preview"
    with app.app_context():
        module = db.session.execute(db.select(Module)).scalar_one()
        assert not module.published
        assert module_data(module) == module_data_of_folder(folder)
        event = db.session.execute(db.select(AuditEvent)).scalar_one()
        assert (event.action, event.details["from"]) == ("module.create", "upload")


def module_data_of_folder(folder: Path) -> dict:
    """What a folder holds, in the order a stored module gives its questions back."""
    data = read_module(folder)
    order = [category["code"] for category in data["categories"]]
    data["questions"].sort(key=lambda question: order.index(question["category"]))
    return data


def test_the_export_uploads_back_as_the_same_module(app, admin_client):
    """Every demo module: exported, removed, uploaded: the same module as before."""
    for folder in sorted(path for path in CONTENT.iterdir() if path.is_dir()):
        with app.app_context():
            from training.modules import add_module

            add_module(read_module(folder), None, "command_line")
        response = admin_client.get(f"/admin/training/{folder.name}/export.zip")
        assert response.status_code == 200 and response.mimetype == "application/zip"
        assert f'filename="{folder.name}.zip"' in response.headers["Content-Disposition"]
        exported = response.get_data()
        with app.app_context():
            module = db.session.execute(db.select(Module).filter_by(slug=folder.name)).scalar_one()
            before = module_data(module)
            assert read_module_archive(exported) == before
            db.session.execute(db.delete(Assignment).filter_by(module_id=module.id))
            db.session.delete(module)
            db.session.commit()
        assert upload(admin_client, exported).status_code == 302
        with app.app_context():
            module = db.session.execute(db.select(Module).filter_by(slug=folder.name)).scalar_one()
            assert module_data(module) == before
            assert before == module_data_of_folder(folder)


def test_the_exported_toml_keeps_each_text_s_languages_side_by_side(app, admin_client):
    with app.app_context():
        from training.modules import add_module

        add_module(read_module(CONTENT / "gifts-and-hospitality"), None, "command_line")
    exported = admin_client.get("/admin/training/gifts-and-hospitality/export.zip").get_data()
    with zipfile.ZipFile(io.BytesIO(exported)) as archive:
        names = archive.namelist()
        toml = archive.read("gifts-and-hospitality/module.toml").decode()
    assert "gifts-and-hospitality/lessons/kk/01-why-gifts-are-a-risk.md" in names
    assert 'title.kk = "Сыйлықтар мен қонақасы: қашан «жоқ» деу керек"\ntitle.ru = ' in toml
    assert "\n[[questions.choices]]\ncorrect = true\n" in toml


def test_an_upload_lists_every_problem_and_saves_nothing(app, admin_client, tmp_path):
    folder = module_folder(tmp_path)
    edit(folder / "module.toml", "pass_mark = 80", "pass_mark = 120")
    edit(folder / "module.toml", "\ncorrect = true\n", "\n")  # the first question: no right answer
    (folder / "lessons" / "ru" / "02-actual-apparent-and-potential-conflicts.md").unlink()
    response = upload(admin_client, zipped(folder))
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "The module was not loaded: 3 problems" in page and "Nothing was saved." in page
    assert "pass_mark: expected a whole number from 1 to 100, got 120" in page
    assert "exactly one of them correct (found 0 of 4)" in page
    assert "lessons/ru/02-actual-apparent-and-potential-conflicts.md: missing" in page
    assert module_count(app) == 0


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "kk",
            [
                "pass_mark: бүтін сан күтілді (1–100), келгені: 120",
                "lessons/ru/02-actual-apparent-and-potential-conflicts.md: жоқ (сабақ мына "
                "тілдерде жазылған: kk, en)",
            ],
        ),
        (
            "ru",
            [
                "pass_mark: ожидалось целое число от 1 до 100, получено: 120",
                "lessons/ru/02-actual-apparent-and-potential-conflicts.md: отсутствует (урок "
                "написан на языках: kk, en)",
            ],
        ),
    ],
)
def test_the_problems_of_an_upload_read_in_the_page_s_language(
    app, admin_client, tmp_path, language, lines
):
    folder = module_folder(tmp_path)
    edit(folder / "module.toml", "pass_mark = 80", "pass_mark = 120")
    (folder / "lessons" / "ru" / "02-actual-apparent-and-potential-conflicts.md").unlink()
    response = upload(admin_client, zipped(folder), language=language)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    for line in lines:
        assert line in page
    assert "expected" not in page and "missing" not in page  # no English line is left
    assert module_count(app) == 0
    bad_zip = upload(admin_client, b"not a zip", language=language).get_data(as_text=True)
    assert {"kk": "Файл zip мұрағаты емес.", "ru": "Файл не является zip-архивом."}[
        language
    ] in bad_zip


def test_markdown_with_script_is_loaded_and_never_runs(app, admin_client, tmp_path):
    folder = module_folder(tmp_path)
    lesson = folder / "lessons" / "kk" / "01-what-a-conflict-of-interest-is.md"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(
        text
        + '\n<script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3))',
        encoding="utf-8",
    )
    assert upload(admin_client, zipped(folder)).status_code == 302
    page = admin_client.get("/admin/training/conflict-of-interest/preview?lang=kk")
    html = page.get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html or "alert(1)" not in html
    assert html_problems(html) == []  # no script, handler or javascript: link reaches the page


def test_the_same_slug_twice_is_refused(app, admin_client, tmp_path):
    content = zipped(module_folder(tmp_path))
    assert upload(admin_client, content).status_code == 302
    again = upload(admin_client, content)
    assert again.status_code == 400
    page = again.get_data(as_text=True)
    assert "Another module already has the address conflict-of-interest." in page
    assert module_count(app) == 1


def hostile_zip(*entries: tuple[zipfile.ZipInfo | str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info, content in entries:
            archive.writestr(info, content)
    return buffer.getvalue()


def symlink(name: str, target: str) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target.encode()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a zip at all", "The file is not a zip archive."),
        (hostile_zip(("m/../../etc/cron.d/x", b"x")), "a path outside the module folder"),
        (hostile_zip(("/etc/passwd", b"x")), "a path outside the module folder"),
        (hostile_zip(("C:/windows/x.md", b"x")), "a path outside the module folder"),
        (hostile_zip(symlink("m/module.toml", "/etc/passwd")), "a symbolic link"),
        (
            hostile_zip(*((f"m/lessons/kk/{i:03d}-x.md", b"# x") for i in range(301))),
            "The zip holds 301 files; a module has at most 300.",
        ),
        (hostile_zip(("m/notes.txt", b"x")), "No module.toml found"),
        (hostile_zip(("a/module.toml", b""), ("b/module.toml", b"")), "No module.toml found"),
    ],
    ids=["not-zip", "dotdot", "absolute", "drive", "symlink", "many", "no-toml", "two-roots"],
)
def test_a_hostile_zip_is_refused_with_a_clear_message(app, admin_client, content, message):
    response = upload(admin_client, content)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert module_count(app) == 0


def test_a_zip_that_unpacks_to_too_much_is_refused(app, admin_client):
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("m/module.toml", b"\0" * (21 * 1024 * 1024))
    assert len(bomb.getvalue()) < 100_000
    response = upload(admin_client, bomb.getvalue())
    assert response.status_code == 400
    assert "The zip unpacks to more than 20 MB." in response.get_data(as_text=True)


def test_a_50_mb_upload_is_refused_with_its_limit(app, admin_client):
    response = upload(admin_client, b"x" * (50 * 1024 * 1024))
    assert response.status_code == 413
    assert "this page accepts up to 10 MB" in response.get_data(as_text=True)
    assert module_count(app) == 0


def test_the_upload_takes_more_than_the_sites_own_limit(app, admin_client, tmp_path):
    content = zipped(module_folder(tmp_path))
    padded = content + b"\0" * (1024 * 1024 + 1 - len(content))  # past MAX_CONTENT_LENGTH
    response = upload(admin_client, padded)
    assert response.status_code != 413  # read (a zip with trailing bytes still opens)


def test_only_admins_upload_and_export(app, client, auth, make_user, make_module):
    make_module()
    auth.login(make_user(role="analyst", region="KZ-35")["email"])
    assert client.get("/admin/training/upload").status_code == 403
    assert client.get("/admin/training/test-integrity/export.zip").status_code == 403
