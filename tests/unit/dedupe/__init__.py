"""Unit tests of pipeline/dedupe, and two stories they share (an edited copy of STORY is a near
duplicate of it; OTHER is another story)."""

STORY = ("The central bank raised its benchmark interest rate by a quarter point on Tuesday, its third increase this "
         "year, citing persistent inflation in services and a tight labour market. Policymakers voted seven to two "
         "for the move, with two members preferring to hold rates steady until more data on wages arrives. The "
         "governor said further increases could not be ruled out if price pressures failed to ease over the coming "
         "months. Markets had largely expected the decision.")
OTHER = ("Heavy rain caused flooding across the northern region on Monday, forcing hundreds of families from their "
         "homes as rivers burst their banks and emergency crews worked through the night to reinforce defences "
         "around several towns and villages near the coast, officials said.")
