using System.Text.Json;
using NodaTime;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.SharedKernel.Tests;

public sealed class JsonTests
{
    private sealed record Times(Instant At, LocalDate Day, Duration Took);

    [Fact]
    public void Given_NodaTime_values_When_serialised_Then_ISO_text_that_round_trips()
    {
        var options = NodaJson.CreateOptions();
        var value = new Times(
            Instant.FromUtc(2026, 11, 23, 1, 2, 3) + Duration.FromMilliseconds(7), new LocalDate(2026, 2, 28), Duration.FromMinutes(90));

        var json = JsonSerializer.Serialize(value, options);
        var back = JsonSerializer.Deserialize<Times>(json, options);

        Assert.Contains("\"2026-11-23T01:02:03.007Z\"", json);
        Assert.Contains("\"2026-02-28\"", json);
        Assert.Equal(value, back);
    }

    [Fact]
    public void Given_a_NotificationRequested_When_stored_and_read_by_type_name_Then_equal_including_the_arguments()
    {
        var evt = new NotificationRequested(Guid.NewGuid(), Instant.FromUtc(2026, 11, 23, 1, 0), Guid.NewGuid(), Guid.NewGuid(),
            null, "Leads", "Leads_Notify", ["甲", "2"], "/Leads/1");

        var back = (NotificationRequested)EventSerializer.Deserialize(EventSerializer.TypeName(evt.GetType()), EventSerializer.Serialize(evt));

        Assert.Equal(evt with { Arguments = back.Arguments }, back);
        Assert.Equal(evt.Arguments, back.Arguments);
        Assert.DoesNotContain("Version=", EventSerializer.TypeName(evt.GetType()));
    }
}
