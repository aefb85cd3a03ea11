"""For building the app, never imported by it: which Qt plugins a bundle keeps (bundle_plugins, used by build.spec)
and the translation catalogue's collector (i18n_extract, used by `python3 dev.py translations`)."""
