"""The offline demo: fixture vendor sites, local alert receivers, the scripted scenario."""
