"""Demo messages of support, so a newcomer's `make run` shows the moderation queue at work.

They take the writers' real path minus the e-mail: screened as sent (a reject is
not stored), stored, confirmed, then screened again and decided by the very
function the ``screen_message`` job runs. Most come out ``clean`` (the fast
lane) and a few ``held``, whatever the engine of the day decides.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from moderation import rules
from moderation.models import Message, MessageStatus
from moderation.services.history import DatabaseHistory
from moderation.services.messages import add_screened_message, rescreen_confirmed, screen_text
from petitions.emails import canonical_email
from petitions.extensions import db
from petitions.models import Case
from petitions.services.confirmation import Person, supporter_for


@dataclass(frozen=True)
class DemoMessage:
    case: str  # the case's slug
    name: str
    email: str  # one per message: it is what makes loading idempotent
    place: str
    country: str
    locale: str
    text: str


DEMO_MESSAGES = (
    DemoMessage(
        "chow-hang-tung",
        "Grace Okafor",
        "demo.grace@example.org",
        "Manchester",
        "GB",
        "en",
        "Dear Chow, your courage in keeping the candles lit inspires us every day. You are "
        "not alone, and we will keep writing until you are free.",
    ),
    DemoMessage(
        "chow-hang-tung",
        "Lin Mei",
        "demo.lin@example.org",
        "Taipei",
        "TW",
        "en",
        "亲爱的邹幸彤，我们每天都在想念你。你的勇气激励着我们，你并不孤单。",
    ),
    DemoMessage(
        "dorgelesse-nguessan",
        "Camille Martin",
        "demo.camille@example.org",
        "Lyon",
        "FR",
        "fr",
        "Chère Dorgelesse, nous pensons à vous et à votre fils. Votre courage nous donne de "
        "la force. Vous n'êtes pas seule.",
    ),
    DemoMessage(
        "luis-manuel-otero-alcantara",
        "Lucía Gómez",
        "demo.lucia@example.org",
        "Sevilla",
        "ES",
        "es",
        "Querido Luis Manuel, tu arte y tu valentía nos dan esperanza. Seguiremos "
        "escribiendo hasta que estés libre.",
    ),
    DemoMessage(
        "aleksandra-skochilenko",
        "Olga Ivanova",
        "demo.olga@example.org",
        "Tallinn",
        "EE",
        "en",
        "Дорогая Саша, мы думаем о тебе каждый день. Твоя смелость вдохновляет нас. Ты не одна.",
    ),
    DemoMessage(
        "vahid-afkari",
        "Sara Ahmadi",
        "demo.sara@example.org",
        "Toronto",
        "CA",
        "en",
        "وحید عزیز، ما هر روز به تو فکر می‌کنیم. تو تنها نیستی و ما برای آزادی تو می‌نویسیم.",
    ),
    DemoMessage(
        "nasser-zefzafi",
        "Youssef Benali",
        "demo.youssef@example.org",
        "Marseille",
        "FR",
        "fr",
        "عزيزي ناصر، نحن نفكر فيك كل يوم. شجاعتك تلهمنا، ولست وحدك.",
    ),
    DemoMessage(
        "shahnewaz-chowdhury",
        "Tom Becker",
        "demo.tom@example.org",
        "Bremen",
        "DE",
        "en",
        "Dear Shahnewaz, thank you for speaking up for your river and your village. People "
        "in many countries stand with you.",
    ),
    DemoMessage(
        "zineb-redouane",
        "Hélène Dubois",
        "demo.helene@example.org",
        "Montréal",
        "CA",
        "fr",
        "Chère famille Redouane, nous n'oublions pas Zineb. Nous sommes à vos côtés pour "
        "que justice soit rendue.",
    ),
    DemoMessage(
        "yren-rotela-mariana-sepulveda",
        "Valeria Ruiz",
        "demo.valeria@example.org",
        "Montevideo",
        "UY",
        "es",
        "Queridas Yren y Mariana, gracias por su valentía. Estamos con ustedes desde lejos.",
    ),
    # Two that need a close look: selling something, and a threat against the guards.
    DemoMessage(
        "mamombe-marova-chimbiri",
        "Rick Sales",
        "demo.rick@example.org",
        "Leeds",
        "GB",
        "en",
        "Dear Joanah, Netsai and Cecillia, stay strong! Buy our solidarity t-shirts at "
        "www.cheap-shirts-shop.com and we send you the profits.",
    ),
    DemoMessage(
        "vahid-afkari",
        "Dan Harlow",
        "demo.dan@example.org",
        "Cardiff",
        "GB",
        "en",
        "Vahid, the guards who beat you will pay for it, we know where they live.",
    ),
)


def load_demo_messages() -> str:
    """Send the demo messages that are not there yet; a line saying what became of them.

    Idempotent: a demo writer who already wrote to the case is skipped, whatever
    moderators have done with the message since.
    """
    slugs = {m.case for m in DEMO_MESSAGES}
    cases = {c.slug: c for c in db.session.scalars(sa.select(Case).where(Case.slug.in_(slugs)))}
    outcome: dict[str, int] = {}
    for demo in DEMO_MESSAGES:
        case = cases.get(demo.case)
        if case is None or _already_sent(demo, case):
            continue
        status = _send(demo, case)
        outcome[status] = outcome.get(status, 0) + 1
    db.session.commit()
    if not outcome:
        return "demo messages: none new"
    return "demo messages: " + ", ".join(f"{n} {status}" for status, n in sorted(outcome.items()))


def _already_sent(demo: DemoMessage, case: Case) -> bool:
    return (
        db.session.scalar(
            sa.select(Message.id).where(
                Message.writer_key == canonical_email(demo.email), Message.case_id == case.id
            )
        )
        is not None
    )


def _send(demo: DemoMessage, case: Case) -> str:
    screening = screen_text(
        case, demo.name, demo.email, demo.place, demo.text, history=DatabaseHistory()
    )
    if screening.decision is rules.Decision.REJECT:
        return "rejected as sent (not stored)"
    supporter_id, _ = supporter_for(demo.email)
    writer = Person(demo.name, demo.email, demo.place, demo.country, demo.locale)
    message = add_screened_message(case, writer, demo.text, screening, supporter_id)
    # The demo writer "clicked the link".
    message.status = MessageStatus.CONFIRMED
    message.confirmed_at = message.consented_at
    db.session.commit()
    status = rescreen_confirmed(message.id)
    return status.value if status else "unscreened"
