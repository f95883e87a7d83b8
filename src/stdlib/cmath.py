"""Mathematical functions for complex numbers."""
