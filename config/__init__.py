"""policywatch's configuration: default settings, the watchlist and rule packs as YAML data, and their schema."""

from config.loader import ConfigError, LoadedConfig, load_config, settings_from_dict

__all__ = ["ConfigError", "LoadedConfig", "load_config", "settings_from_dict"]
