PORTFOLIO_WORDS = frozenset({
    "industry", "industries", "mining", "mine", "mines", "trade", "commerce", "energy", "natural", "resources",
    "infrastructure", "infrastructural", "economy", "economic", "economics", "sustainable", "development", "digital",
    "transport", "transportation", "communications", "communication", "information", "technology", "technologies",
    "high", "foreign", "affairs", "finance", "financial", "treasury", "defense", "defence", "agriculture",
    "agricultural", "food", "health", "healthcare", "medical", "education", "science", "research", "culture",
    "cultural", "heritage", "tourism", "handicrafts", "labour", "labor", "employment", "social", "welfare",
    "justice", "interior", "internal", "roads", "urban", "housing", "construction", "petroleum", "oil", "gas",
    "water", "environment", "environmental", "ecology", "climate", "change", "emergency", "emergencies", "situations", "youth",
    "sports", "sport", "investment", "investments", "planning", "budget", "security", "national", "regional",
    "integration", "innovation", "innovations", "post", "telecommunications", "ict", "fisheries", "forestry",
    "power", "electricity", "nuclear", "utilities", "intelligence",  # "Director of National Intelligence"
    "forest", "forests", "nature", "conservation", "safety", "public", "works", "services", "protection", "population",
    "migration", "family", "women", "children", "religious", "cooperation", "international", "relations",
    "external", "state", "property", "taxes", "revenue", "customs", "consular", "parliamentary", "expatriates",
    # the European Commission's portfolios ("Commissioner for Neighbourhood and Enlargement",
    # "for Crisis Management", "for International Partnerships", "for Climate Action")
    "neighbourhood", "neighborhood", "enlargement", "partnerships", "crisis", "management", "competition",
    "humanitarian", "aid", "action", "mobility", "cohesion", "reforms", "maritime", "equality", "democracy",
    "diplomacy",  # "Deputy Foreign Minister for Economic Diplomacy Mahdi Safari"
    "and", "&", ",",
})
