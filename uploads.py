"""Uploads larger than MAX_CONTENT_LENGTH, accepted on the pages made for them only."""

from flask import Request, current_app


def upload_limit(setting: str):
    """Mark a view as taking bodies up to ``current_app.config[setting]`` bytes."""

    def mark(view):
        view.upload_limit_setting = setting
        return view

    return mark


class UploadRequest(Request):
    """A request whose body limit is its view's ``upload_limit``, else MAX_CONTENT_LENGTH."""

    @property
    def max_content_length(self) -> int | None:
        if self.url_rule is not None:
            view = current_app.view_functions.get(self.url_rule.endpoint)
            setting = getattr(view, "upload_limit_setting", None)
            if setting:
                return int(current_app.config[setting])
        return super().max_content_length
