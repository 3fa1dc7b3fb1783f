"""The web dashboard of accords: server-rendered pages (`pages`) over the store, with
SVG charts drawn on the server (`charts`) and facts highlighted in article texts
(`highlight`). Mounted by `accords.server.create_app`, in the same process as the API."""
