WHO = "sibling"
