"""Monitor: diffs, compliance checks, alert delivery, the daemon, the CLI and the demo."""
