# decimal arithmetic grid, last four contexts (ROUND_FLOOR .. ROUND_05UP).
import mod_decimal_grid as g

g.grid(g.contexts[4:])
