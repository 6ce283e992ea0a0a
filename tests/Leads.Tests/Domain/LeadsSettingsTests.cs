using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class LeadsSettingsTests
{
    [Fact]
    public void Given_values_inside_the_ranges_When_changed_Then_all_three_apply()
    {
        var settings = new LeadsSettings();
        settings.Change(claimWindowMinutes: 15, maxOpenClaims: 500, escalationHours: 720);
        Assert.Equal((Duration.FromMinutes(15), 500, Duration.FromHours(720)),
            (settings.ClaimWindow, settings.MaxOpenClaims, settings.EscalationAfter));
    }

    [Theory]
    [InlineData(14, 20, 48, "Config_ClaimWindow_Range")]
    [InlineData(1441, 20, 48, "Config_ClaimWindow_Range")]
    [InlineData(120, 0, 48, "Config_MaxClaims_Range")]
    [InlineData(120, 501, 48, "Config_MaxClaims_Range")]
    [InlineData(120, 20, 0, "Config_EscalationHours_Range")]
    [InlineData(120, 20, 721, "Config_EscalationHours_Range")]
    public void Given_a_value_outside_its_range_When_changed_Then_it_is_refused_and_nothing_changes(
        int window, int max, int hours, string key)
    {
        var settings = new LeadsSettings();
        var refusal = Assert.Throws<DomainException>(() => settings.Change(window, max, hours));
        Assert.Equal(key, refusal.Key);
        Assert.Equal((120, 20, 48), (settings.ClaimWindowMinutes, settings.MaxOpenClaims, settings.EscalationHours));
    }

    [Fact]
    public void Given_a_limit_of_two_When_counting_open_claims_Then_a_third_is_not_allowed()
    {
        var settings = new LeadsSettings();
        settings.Change(120, maxOpenClaims: 2, 48);
        Assert.True(settings.AllowsAnotherClaim(1));
        Assert.False(settings.AllowsAnotherClaim(2));
    }
}
