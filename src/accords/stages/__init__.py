"""Built-in pipeline stages, one module each (see `accords.pipeline.DEFAULT_STAGE_MODULES`)."""
