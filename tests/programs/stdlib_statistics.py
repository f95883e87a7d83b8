import statistics as st
from statistics import StatisticsError
from fractions import Fraction
import random

print(st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5]), st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([1, 2, 3.0]), st.mean([True, False, True]))
print(st.mean([1, 2]), type(st.mean([1, 3])).__name__, st.mean(iter([10, 20])), st.mean([0.1] * 10), st.mean([1e300, 1e300, -1e300]))
print(st.median([3, 1, 2]), st.median([1, 2, 3, 4]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median(["b", "a", "c"]))
print(st.median_grouped([1, 2, 2, 3, 4]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([5]))
print(st.mode([1, 1, 2]), st.mode("aab"), st.mode([3, 4, 4, 3]), st.multimode("aabbc"), st.multimode([]), st.multimode([1]))
print(st.stdev([1, 2, 3, 4]), st.variance([1, 2, 3, 4]), st.pstdev([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]))
print(st.variance([1, 2, 3, 4.5]), st.variance([Fraction(1, 3), Fraction(2, 3), 1]), st.variance([1, 1]), st.pvariance([5]), st.variance([2.5, 3.25, 5.5], xbar=3.75))
print(st.stdev([Fraction(1), Fraction(2)]), st.stdev([0.1, 0.2, 0.3]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([10**20, 10**20 + 2]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles(range(100), n=10))
print(st.quantiles([1.5, 2, 7.25, 3], n=3), st.quantiles([1, 2], n=5), st.quantiles([4, 8], n=1))
print(st.fmean([1, 2, 3]), st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([1, 2, 4]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 5]), st.harmonic_mean([2.5]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), round(st.correlation(x, y), 12), st.linear_regression(x, [2 * v + 1 for v in x]))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))

rng = random.Random(11)
for _ in range(20):
    data = [rng.randrange(-50, 100) for _ in range(rng.randrange(2, 12))]
    fdata = [rng.random() * 100 for _ in range(rng.randrange(2, 12))]
    print(st.mean(data), st.median(data), st.variance(data), st.stdev(data), st.pvariance(fdata), st.pstdev(fdata), st.mean(fdata), st.quantiles(fdata))

nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(115), 10), round(nd.pdf(100), 12), nd.zscore(130), nd + 5, nd * 2)
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))

for f, args in [(st.mean, ([],)), (st.median, ([],)), (st.median_low, ([],)), (st.mode, ([],)),
                (st.stdev, ([1],)), (st.variance, ([1],)), (st.pvariance, ([],)), (st.pstdev, ([],)),
                (st.quantiles, ([1],)), (st.fmean, ([],)), (st.geometric_mean, ([1, -1],)),
                (st.harmonic_mean, ([],)), (st.harmonic_mean, ([1, -1],)), (st.covariance, ([1, 2], [1])),
                (st.correlation, ([1, 1, 1], [1, 2, 3])), (st.NormalDist, (0, -1)), (st.mean, (["a", "b"],))]:
    try:
        print(f(*args))
    except (StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    st.quantiles([1, 2, 3], n=0)
except StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.quantiles([1, 2, 3], method="bogus")
except ValueError as e:
    print(type(e).__name__, e)
