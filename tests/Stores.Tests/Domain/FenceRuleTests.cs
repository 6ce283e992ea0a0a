using NodaTime;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Tests.Domain;

/// <summary>The server's fence rule: distance by haversine, accuracy worse than the radius refused, the minimum dwell.</summary>
public sealed class FenceRuleTests
{
    private const double Lat = 31.2304;
    private const double Lng = 121.4737;
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);

    private static Store Store(int radius = 500, int dwell = 8)
    {
        var store = new Store(Guid.NewGuid(), "S001", "人民广场店", "上海市黄浦区", "华东", Lat, Lng);
        store.SetFence(radius, dwell);
        return store;
    }

    /// <summary>A point due north of the store at <paramref name="meters"/> (one degree of latitude is about 111.2 km).</summary>
    private static double North(double meters) => Lat + (meters / 111_195.0);

    [Fact]
    public void Given_a_position_100_m_from_the_store_with_good_accuracy_When_checked_Then_it_is_inside()
    {
        var verdict = Geofence.Check(Store(), new GeoPosition(North(100), Lng, 20));

        Assert.True(verdict.Inside);
        Assert.InRange(verdict.DistanceMeters, 99, 101);
    }

    [Fact]
    public void Given_a_position_2_km_away_When_checked_Then_it_is_refused_as_outside_with_the_distance()
    {
        var verdict = Geofence.Check(Store(), new GeoPosition(North(2000), Lng, 15));

        Assert.Equal(FenceRefusal.OutsideFence, verdict.Refusal);
        Assert.InRange(verdict.DistanceMeters, 1990, 2010);
    }

    [Fact]
    public void Given_a_position_at_the_store_but_accuracy_worse_than_the_radius_When_checked_Then_it_is_refused_as_poor_accuracy()
    {
        var verdict = Geofence.Check(Store(radius: 500), new GeoPosition(Lat, Lng, 501));

        Assert.Equal(FenceRefusal.PoorAccuracy, verdict.Refusal);
    }

    [Fact]
    public void Given_accuracy_equal_to_the_radius_When_checked_Then_it_is_not_refused_for_accuracy()
    {
        var verdict = Geofence.Check(Store(radius: 500), new GeoPosition(Lat, Lng, 500));

        Assert.True(verdict.Inside);
    }

    [Fact]
    public void Given_a_position_exactly_on_the_radius_When_checked_Then_it_is_inside_and_the_next_double_outward_is_outside()
    {
        // Distances are doubles: search (deterministically) for a position north of the store, nudged east by 0.1 µ°
        // steps, whose haversine distance is exactly 500.0 m: the boundary itself.
        var store = Store(radius: 500);
        for (var j = 0; j < 200_000; j++)
        {
            var lng = Lng + (j * 1e-7);
            var (lo, hi) = Boundary(lng, 500);
            if (Geofence.DistanceMeters(Lat, Lng, lo, lng) != 500.0)
            {
                continue;
            }

            Assert.True(Geofence.Check(store, new GeoPosition(lo, lng, 10)).Inside);
            Assert.Equal(FenceRefusal.OutsideFence, Geofence.Check(store, new GeoPosition(hi, lng, 10)).Refusal);
            return;
        }
        Assert.Fail("No position exactly on the radius found.");
    }

    /// <summary>Adjacent latitudes at longitude <paramref name="lng"/>: the last within <paramref name="meters"/>, the first beyond.</summary>
    private static (double Lo, double Hi) Boundary(double lng, double meters)
    {
        double lo = Lat, hi = Lat + 0.01;
        while (Math.BitIncrement(lo) < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (mid <= lo || mid >= hi)
            {
                mid = Math.BitIncrement(lo);
            }
            if (Geofence.DistanceMeters(Lat, Lng, mid, lng) <= meters)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return (lo, hi);
    }

    [Fact]
    public void Given_no_valid_position_When_checked_Then_it_is_refused_as_no_position()
    {
        Assert.Equal(FenceRefusal.NoPosition, Geofence.Check(Store(), new GeoPosition(double.NaN, Lng, 10)).Refusal);
        Assert.Equal(FenceRefusal.NoPosition, Geofence.Check(Store(), new GeoPosition(95, Lng, 10)).Refusal);
    }

    [Fact]
    public void Given_no_check_in_today_When_the_dwell_is_asked_Then_the_refusal_is_no_check_in()
    {
        Assert.Equal(FenceRefusal.NoCheckIn, Geofence.DwellRefusal(Store(), null, Now));
    }

    [Theory]
    [InlineData(0, FenceRefusal.DwellTooShort)]
    [InlineData(7 * 60 + 59, FenceRefusal.DwellTooShort)]
    [InlineData(8 * 60, null)]
    [InlineData(30 * 60, null)]
    public void Given_a_check_in_some_seconds_ago_When_the_dwell_of_8_minutes_is_asked_Then_it_opens_at_8_minutes(int secondsAgo, string? expected)
    {
        Assert.Equal(expected, Geofence.DwellRefusal(Store(dwell: 8), Now - Duration.FromSeconds(secondsAgo), Now));
    }
}
