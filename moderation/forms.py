"""The message-of-support form: the supporter's details and the text."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    Field,
    SelectChoice,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import AnyOf, DataRequired, Length, ValidationError

from moderation import rulebook
from petitions.forms import SupporterFields, no_control_characters
from petitions.text import clean_text

TEXT_MAX = 1000


class MessageForm(SupporterFields):
    """Writing a message of support; field names are a contract (DESIGN.md)."""

    text_max = TEXT_MAX
    text = TextAreaField(
        _l("Your message"),
        filters=[clean_text],
        validators=[
            DataRequired(_l("Please write your message.")),
            Length(max=TEXT_MAX, message=_l("Please keep your message under %(max)d characters.")),
            no_control_characters,
        ],
        render_kw={"maxlength": TEXT_MAX, "rows": 7, "dir": "auto", "spellcheck": "true"},
    )
    submit = SubmitField(_l("Send my message"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The case page shows this form beside the petition's, with the same field
        # names (a contract): give these fields ids of their own.
        for field in self:
            field.id = f"m-{field.name}"
            field.label.field_id = field.id


class ReasonsField(SelectMultipleField):
    """Rule codes given as the reason for a decision, from the rule book's list."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("choices", [SelectChoice(code) for code in rulebook.RULE_CODES])
        kwargs.setdefault("validate_choice", True)
        super().__init__(*args, **kwargs)


class DecisionForm(FlaskForm):
    """One message's approve/reject/hold form in the queue (buttons named ``decision``)."""

    decision = StringField(validators=[AnyOf(["approve", "reject", "hold"])])
    reasons = ReasonsField(_l("Rules broken"))
    note = TextAreaField(_l("Note (optional)"), validators=[Length(max=2000)])


class BulkForm(DecisionForm):
    """The same decision for several messages at once."""

    message = SelectMultipleField(coerce=int, validate_choice=False)

    def validate_message(self, field: Field) -> None:
        if not field.data or len(field.data) > 500:
            raise ValidationError(_l("Choose between 1 and 500 messages."))


class PageApprovalForm(FlaskForm):
    """The fast lane's one button: approve exactly the clean messages shown on the page."""

    message = SelectMultipleField(coerce=int, validate_choice=False)

    def validate_message(self, field: Field) -> None:
        if not field.data or len(field.data) > 100:
            raise ValidationError(_l("Choose between 1 and 100 messages."))


class BanForm(FlaskForm):
    """Ban (or lift the ban on) the writer of a message."""

    reason = TextAreaField(_l("Why"), validators=[Length(max=2000)])
    lift = BooleanField(_l("Lift the ban"))
