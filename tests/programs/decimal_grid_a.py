# decimal arithmetic grid, first four contexts (ROUND_DOWN .. ROUND_CEILING).
import mod_decimal_grid as g

g.grid(g.contexts[:4])
