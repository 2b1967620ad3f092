"""Public forms. Field names are a contract (DESIGN.md): name, email, place, country, consent."""

from __future__ import annotations

from typing import Any

from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, Field, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, InputRequired, Length, ValidationError

from petitions.countries import country_choices, country_codes
from petitions.emails import normalise_email
from petitions.text import clean_line, forbidden_character

NAME_MAX = 120
PLACE_MAX = 120
EMAIL_MAX = 254


def no_control_characters(form: FlaskForm, field: Field) -> None:
    """Refuse invisible control and direction-override characters."""
    if isinstance(field.data, str) and forbidden_character(field.data):
        raise ValidationError(_l("This field contains invisible control characters."))


def valid_email(form: FlaskForm, field: Field) -> None:
    try:
        field.data = normalise_email(field.data or "")
    except ValueError as error:
        raise ValidationError(_l("Please enter a valid e-mail address.")) from error


def valid_country(form: FlaskForm, field: Field) -> None:
    if field.data not in country_codes():
        raise ValidationError(_l("Please choose your country from the list."))


class CountrySelectField(SelectField):
    """Countries by ISO 3166 alpha-2 code, named in the visitor's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("validate_choice", False)
        super().__init__(*args, **kwargs)

    def iter_choices(self) -> Any:
        locale = str(get_locale() or "en")
        self.choices = [("", _l("Choose your country")), *country_choices(locale)]
        return super().iter_choices()


class SupporterFields(FlaskForm):
    """Who is acting: shared by the petition and the message forms."""

    name = StringField(
        _l("Your name"),
        filters=[clean_line],
        validators=[
            DataRequired(_l("Please tell us your name.")),
            Length(max=NAME_MAX),
            no_control_characters,
        ],
        render_kw={"autocomplete": "name", "maxlength": NAME_MAX},
    )
    email = EmailField(
        _l("E-mail address"),
        filters=[clean_line],
        validators=[
            DataRequired(_l("Please enter your e-mail address.")),
            Length(max=EMAIL_MAX),
            no_control_characters,
            valid_email,
        ],
        render_kw={"autocomplete": "email", "maxlength": EMAIL_MAX},
    )
    place = StringField(
        _l("City or town"),
        filters=[clean_line],
        validators=[
            DataRequired(_l("Please tell us your city or town.")),
            Length(max=PLACE_MAX),
            no_control_characters,
        ],
        render_kw={"autocomplete": "address-level2", "maxlength": PLACE_MAX},
    )
    country = CountrySelectField(
        _l("Country"),
        validators=[DataRequired(_l("Please choose your country.")), valid_country],
        render_kw={"autocomplete": "country"},
    )
    consent = BooleanField(
        _l("I agree to the processing of my details as described above."),
        validators=[InputRequired(_l("Please tick the box to agree, or we cannot count you."))],
    )


class SignForm(SupporterFields):
    """Signing a case's petition."""

    submit = SubmitField(_l("Sign the petition"))


class ConfirmForm(FlaskForm):
    """The button on the confirmation page (a GET never confirms)."""

    submit = SubmitField(_l("Confirm"))
