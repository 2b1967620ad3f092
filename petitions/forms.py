"""Public forms. Field names are a contract (DESIGN.md): name, email, place, country, consent."""

from __future__ import annotations

from functools import cache
from typing import Any

from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from markupsafe import Markup, escape
from wtforms import (
    BooleanField,
    EmailField,
    Field,
    PasswordField,
    SelectChoice,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.validators import DataRequired, EqualTo, Length, ValidationError
from wtforms.widgets import html_params

from petitions.countries import country_choices, country_codes
from petitions.emails import normalise_email
from petitions.services.confirmation import Person
from petitions.text import clean_line, forbidden_character, name_problem

NAME_MAX = 120
PLACE_MAX = 120
EMAIL_MAX = 254


def no_control_characters(form: FlaskForm, field: Field) -> None:
    """Refuse invisible control and direction-override characters."""
    if isinstance(field.data, str) and forbidden_character(field.data):
        raise ValidationError(_l("This field contains invisible control characters."))


_NAME_PROBLEMS = {
    "format": _l("This field contains invisible formatting characters."),
    "letters": _l("Please write it in letters."),
    "marks": _l("This field has too many accents stacked on one letter."),
}


def printable_name(form: FlaskForm, field: Field) -> None:
    """A name or place that prints as what it says (see :func:`petitions.text.name_problem`)."""
    problem = name_problem(field.data) if isinstance(field.data, str) and field.data else None
    if problem:
        raise ValidationError(_NAME_PROBLEMS[problem])


def valid_email(form: FlaskForm, field: Field) -> None:
    try:
        field.data = normalise_email(field.data or "")
    except ValueError as error:
        raise ValidationError(_l("Please enter a valid e-mail address.")) from error


def valid_country(form: FlaskForm, field: Field) -> None:
    if field.data not in country_codes():
        raise ValidationError(_l("Please choose your country from the list."))


@cache
def _country_options(locale: str, placeholder: str) -> str:
    """Every country as ``<option>`` tags, rendered once per language."""
    options = [f'<option value="">{escape(placeholder)}</option>']
    options += [
        f'<option value="{code}">{escape(name)}</option>' for code, name in country_choices(locale)
    ]
    return "".join(options)


class CountrySelect:
    """Renders the country list from a per-language cache: 250 options on every
    case page, twice, would otherwise be most of the page's rendering time."""

    def __call__(self, field: Field, **kwargs: Any) -> Markup:
        kwargs.setdefault("id", field.id)
        locale = str(get_locale() or "en")
        options = _country_options(locale, str(_l("Choose your country")))
        if field.data in country_codes():
            chosen = f'value="{field.data}"'
            options = options.replace(chosen, f"{chosen} selected", 1)
        # Safe: the option names are escaped when cached and html_params escapes values.
        html = f"<select {html_params(name=field.name, **kwargs)}>{options}</select>"
        return Markup(html)  # noqa: S704


class CountrySelectField(StringField):
    """Countries by ISO 3166 alpha-2 code, named in the visitor's language."""

    widget = CountrySelect()


class SupporterFields(FlaskForm):
    """Who is acting: shared by the petition and the message forms."""

    name = StringField(
        _l("Your name"),
        filters=[clean_line],
        validators=[
            DataRequired(_l("Please tell us your name.")),
            Length(max=NAME_MAX),
            no_control_characters,
            printable_name,
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
            printable_name,
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
        # The box sends "y"; a hand-made request saying no in any usual way is no consent
        # (InputRequired accepted "false", since it only asks that something was sent).
        false_values=("false", "False", "0", "no", "off", "n", ""),
        validators=[DataRequired(_l("Please tick the box to agree, or we cannot count you."))],
    )

    def person(self, locale: str) -> Person:
        """The validated details of who acts."""
        return Person(
            name=self.name.data,
            email=self.email.data,
            place=self.place.data,
            country=self.country.data,
            locale=locale,
        )


class SignForm(SupporterFields):
    """Signing a case's petition."""

    submit = SubmitField(_l("Sign the petition"))


class ConfirmForm(FlaskForm):
    """The button on the confirmation page (a GET never confirms)."""

    submit = SubmitField(_l("Confirm"))


class LoginForm(FlaskForm):
    """Staff sign-in (fields ``email`` and ``password``)."""

    email = EmailField(
        _l("E-mail address"),
        filters=[clean_line],
        validators=[DataRequired(), Length(max=EMAIL_MAX), no_control_characters],
        render_kw={"autocomplete": "username"},
    )
    password = PasswordField(
        _l("Password"),
        validators=[DataRequired(), Length(max=1024)],
        render_kw={"autocomplete": "current-password"},
    )
    submit = SubmitField(_l("Sign in"))


class SetPasswordForm(FlaskForm):
    """Choosing a password when accepting an invitation."""

    password = PasswordField(
        _l("New password"),
        validators=[DataRequired(), Length(min=12, max=1024)],
        render_kw={"autocomplete": "new-password"},
    )
    confirm = PasswordField(
        _l("The same password again"),
        validators=[DataRequired(), EqualTo("password", _l("The two passwords differ."))],
        render_kw={"autocomplete": "new-password"},
    )
    submit = SubmitField(_l("Set my password"))


class InviteForm(FlaskForm):
    """An admin invites someone to a staff role."""

    email = EmailField(
        _l("E-mail address"),
        filters=[clean_line],
        validators=[DataRequired(), Length(max=EMAIL_MAX), no_control_characters, valid_email],
    )
    name = StringField(
        _l("Name"), filters=[clean_line], validators=[Length(max=NAME_MAX), no_control_characters]
    )
    role = SelectField(
        _l("Role"),
        choices=[
            SelectChoice("moderator", _l("Moderator")),
            SelectChoice("staff", _l("Staff")),
            SelectChoice("admin", _l("Admin")),
        ],
    )
    submit = SubmitField(_l("Send invitation"))


class ButtonForm(FlaskForm):
    """A button: its CSRF token and, for rows of buttons, the ``action`` it names
    (looked up by the view in a fixed map, never dynamically)."""

    action = StringField()
