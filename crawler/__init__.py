"""Crawler: the Scrapy spider, download settings, middlewares, item pipeline, and HTML -> policy text."""
