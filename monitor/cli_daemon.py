"""The ``policywatch daemon`` command. ``monitor.cli`` wires it with ``register(app)``.

``python -m monitor.cli_daemon [--config FILE] daemon`` runs the same CLI with the command registered
(for tests and for checkouts where the wiring is not in place yet).
"""

from __future__ import annotations

from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    """Add the ``daemon`` command to ``app`` (idempotent)."""
    if any(getattr(c, "name", None) == "daemon" for c in app.registered_commands):
        return

    @app.command(name="daemon")
    def daemon(
        log_format: Optional[str] = typer.Option(
            None, "--log-format", help="text or json (default: daemon.log_format of the configuration)."
        ),
    ) -> None:
        """Run in the foreground as the long-lived checker: every document on its schedule, alerts delivered.

        SIGTERM/SIGINT finish the checks in flight and exit 0; SIGHUP (or editing the configuration or
        watchlist file) reloads the watchlist. Only one daemon may run per database.
        """
        from monitor.cli import fail, get_config, get_database, state
        from monitor.daemon import DaemonError, run_daemon

        if log_format not in (None, "text", "json"):
            fail(f"--log-format must be text or json, not {log_format!r}")
        config = get_config()
        if log_format is not None:
            daemon_cfg = config.settings.daemon.model_copy(update={"log_format": log_format})
            settings = config.settings.model_copy(update={"daemon": daemon_cfg})
            from config.loader import LoadedConfig

            config = LoadedConfig(settings=settings, path=config.path, database_url=config.database_url,
                                  vendors=config.vendors, watchlist_path=config.watchlist_path)
        db = get_database(config)
        handed_over = [config]
        del config  # the daemon drops the watchlist after its first sync: hold no reference to it here
        try:
            code = run_daemon(handed_over.pop(), db, config_path=state.config_path)
        except DaemonError as exc:
            fail(str(exc), code=1)
        finally:
            db.close()
        raise typer.Exit(code)


def main() -> None:
    from monitor.cli import app

    register(app)
    app()


if __name__ == "__main__":
    main()
