"""MkDocs hook: the 404 page (overrides/404.html) links relative to the site's root.

MkDocs renders error pages with root-absolute links ("/assets/...", or site_url's path), which
break when the site lives in a sub-folder such as /jeugdgroepen/ and site_url is not set (the
hosting organisation chooses the folder). Relative links instead, and the page's own first
script sets a <base> at the root it finds, so every link and file resolves at any depth.
"""
from __future__ import annotations


def on_template_context(context, template_name: str, config, **kwargs):
    if template_name == "404.html":
        context["base_url"] = "."
    return context
