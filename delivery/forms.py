"""Staff forms for delivery."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, IntegerField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, Regexp


class BuildBundleForm(FlaskForm):
    """Build a bundle of a case's approved messages."""

    case = IntegerField(_l("Case"), validators=[DataRequired()])
    language = StringField(
        _l("Only messages in this language (optional, e.g. fa)"),
        validators=[Optional(), Length(max=8), Regexp(r"^[a-z]{2,3}$")],
    )
    paper = SelectField(
        _l("Paper"), choices=[SelectChoice("A4", "A4"), SelectChoice("Letter", "US Letter")]
    )


class DeliveredForm(FlaskForm):
    """Record that a bundle was delivered."""

    delivered_on = DateField(_l("Delivered on"), validators=[DataRequired()])
    note = TextAreaField(_l("Note"), validators=[Length(max=2000)])
