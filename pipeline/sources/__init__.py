"""Where articles come from besides the feed payload itself: linked pages (``pages``) and their
main-text extraction (``extract``). See docs/pages.md."""
