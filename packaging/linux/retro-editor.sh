#!/bin/sh
# Starts Retro Editor, installed under /opt/retro-editor by its .deb package.
exec /opt/retro-editor/retro-editor "$@"
