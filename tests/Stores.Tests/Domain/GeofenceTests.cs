using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Tests.Domain;

public sealed class GeofenceTests
{
    [Fact]
    public void Given_two_points_one_degree_of_latitude_apart_When_measured_Then_the_haversine_distance_is_about_111_km()
    {
        var d = Geofence.DistanceMeters(30.0, 120.0, 31.0, 120.0);
        Assert.InRange(d, 111_100, 111_300);
    }
}
