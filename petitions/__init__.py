"""The campaign service's core: app factory, models, public pages, jobs plumbing."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from petitions.secret_key import instance_secret_key

ROOT = Path(__file__).resolve().parent.parent


def create_app(config: Any = None, overrides: dict[str, Any] | None = None) -> Flask:
    """Build the application: configuration, extensions, blueprints, commands."""
    from config import config_from_env
    from petitions import auth, auth_views, cli, errors, extensions, filters, security, staff, views

    app = Flask(
        __name__,
        instance_path=str(ROOT / "instance"),
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    app.config.from_object(config if config is not None else config_from_env())
    if overrides:
        app.config.update(overrides)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    if not app.config.get("SECRET_KEY"):
        key_file = Path(app.instance_path) / app.config["SECRET_KEY_FILE"]
        app.config["SECRET_KEY"] = instance_secret_key(key_file)
    logging.basicConfig(level=logging.INFO)

    if app.config["PROXY_COUNT"]:
        count = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count)  # type: ignore[method-assign]

    extensions.db.init_app(app)
    extensions.migrate.init_app(
        app, extensions.db, directory=str(ROOT / "migrations"), render_as_batch=True
    )
    extensions.csrf.init_app(app)
    extensions.limiter.init_app(app)
    extensions.babel.init_app(
        app,
        locale_selector=extensions.select_locale,
        default_translation_directories=str(ROOT / "translations"),
    )
    with app.app_context():
        extensions.configure_engine(extensions.db.engine)

    app.register_blueprint(views.bp)
    app.register_blueprint(auth_views.bp)
    app.register_blueprint(staff.bp)
    auth.login_manager.init_app(app)
    app.before_request(auth.guard_staff_routes)
    register_moderation(app)
    register_delivery(app)
    errors.register_error_handlers(app)
    filters.register(app)
    security.register(app)
    cli.register(app)
    return app


def register_moderation(app: Flask) -> None:
    """Plug the moderation package into the core: its routes, forms, hooks and commands."""
    from flask_babel import lazy_gettext as _l

    from moderation import jobs as moderation_jobs
    from moderation import rulebook, writing
    from moderation import settings as moderation_settings
    from moderation import views as moderation_views
    from moderation.cli import moderation_cli
    from moderation.forms import MessageForm
    from moderation.highlight import highlight
    from moderation.models import Message
    from moderation.services.demo import load_demo_messages
    from moderation.services.messages import (
        confirm_pending_messages,
        expire_unconfirmed_messages,
        list_pending_messages,
    )
    from moderation.services.review import auto_approval_in_view
    from petitions import jobs, views
    from petitions.filters import StaffLink, add_staff_links
    from petitions.services.confirmation import ACTION_LISTERS, CONFIRM_HOOKS

    app.register_blueprint(writing.bp)
    app.register_blueprint(moderation_views.bp)
    app.register_blueprint(moderation_settings.bp)
    app.jinja_env.globals.update(
        highlight=highlight,
        rule_codes=rulebook.RULE_CODES,
        auto_approval_in_view=auto_approval_in_view,  # the footer's promise
    )
    add_staff_links(StaffLink(_l("Screening settings"), "screening.index"))
    app.cli.add_command(moderation_cli)
    views.CASE_PAGE_FORMS["message_form"] = MessageForm
    CONFIRM_HOOKS["messages"] = confirm_pending_messages
    ACTION_LISTERS["messages"] = list_pending_messages
    app.extensions.setdefault("demo_loaders", []).append(load_demo_messages)
    if moderation_jobs.reconcile_message_counts not in jobs.RECONCILERS:
        jobs.RECONCILERS.append(moderation_jobs.reconcile_message_counts)
    if expire_unconfirmed_messages not in jobs.EXPIRERS:
        jobs.EXPIRERS.insert(0, expire_unconfirmed_messages)
        jobs.CONFIRMATION_USERS.append(Message.confirmation_id)


def register_delivery(app: Flask) -> None:
    """Plug the delivery package in: bundles and signature lists for staff."""
    from flask_babel import lazy_gettext as _l

    from delivery import jobs as delivery_jobs  # noqa: F401  (registers the jobs)
    from delivery import views as delivery_views
    from delivery.cli import bundles_cli, signatures_cli
    from petitions.filters import StaffLink, add_staff_links

    app.register_blueprint(delivery_views.bp)
    app.cli.add_command(bundles_cli)
    app.cli.add_command(signatures_cli)
    add_staff_links(
        StaffLink(_l("Bundles for delivery"), "delivery.bundle_list"),
        StaffLink(_l("Signature lists"), "delivery.signature_lists"),
    )
