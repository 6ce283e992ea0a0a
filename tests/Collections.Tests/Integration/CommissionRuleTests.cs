using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain.Commissions;
using SalesSuite.Testing;
using static SalesSuite.Collections.Tests.Integration.CommissionScenario;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>The rules page: who may change rules, one rule per scope, stale forms refused (real host, real SQLite).</summary>
public sealed class CommissionRuleTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_the_rules_page_Then_only_editors_change_rules_and_a_stale_ambiguous_or_incomplete_rule_is_refused()
    {
        using var sales = await app.SignInAsync("sales03", "en");
        using var finance = await app.SignInAsync("finance", "en");
        Assert.DoesNotContain("commission-rule-add", await sales.GetStringAsync(Rules));
        var forbidden = await sales.HtmxPostAsync($"{Rules}?handler=Add", new() { ["BaseRate"] = "9" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var added = await finance.HtmxPostAsync($"{Rules}?handler=Add", new()
        {
            ["ProductLine"] = "MD", ["CustomerType"] = "医院", ["BaseRate"] = "1.5", ["Tiers[0].From"] = "50000", ["Tiers[0].Rate"] = "2.5",
        });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var rule = await RuleAsync();
        Assert.Equal((1.5m, new CommissionTier(50_000m, 2.5m)), (rule.BaseRatePercent, Assert.Single(rule.Tiers)));

        var duplicate = await finance.HtmxPostAsync($"{Rules}?handler=Add",
            new() { ["ProductLine"] = " md", ["CustomerType"] = "医院", ["BaseRate"] = "3" });
        var incomplete = await finance.HtmxPostAsync($"{Rules}?handler=Add", new() { ["BaseRate"] = "3", ["Tiers[0].From"] = "1000" });
        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity), (duplicate.StatusCode, incomplete.StatusCode));
        Assert.Contains("already a rule", await duplicate.Content.ReadAsStringAsync());
        Assert.Contains("needs both", await incomplete.Content.ReadAsStringAsync());

        Dictionary<string, string> change = new()
        {
            ["ProductLine"] = "MD", ["CustomerType"] = "医院", ["BaseRate"] = "1.5", ["Tiers[0].From"] = "50000", ["Tiers[0].Rate"] = "3",
            ["Version"] = "0",
        };
        Assert.Equal(HttpStatusCode.OK, (await finance.HtmxPostAsync($"{Rules}?handler=Save&id={rule.Id}", change)).StatusCode);
        rule = await RuleAsync();
        // Only the tier changed (a JSON column): the rule's version still steps, so the old form is stale.
        Assert.Equal((1, 3m), (rule.Version, Assert.Single(rule.Tiers).RatePercent));
        Assert.Equal(HttpStatusCode.Conflict, (await finance.HtmxPostAsync($"{Rules}?handler=Save&id={rule.Id}", change)).StatusCode);
        var staleDelete = await finance.HtmxPostAsync($"{Rules}?handler=Delete&id={rule.Id}", new() { ["version"] = "0" });
        Assert.Equal(HttpStatusCode.Conflict, staleDelete.StatusCode);
        var deleted = await finance.HtmxPostAsync($"{Rules}?handler=Delete&id={rule.Id}", new() { ["version"] = "1" });
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().CommissionRules.AnyAsync()));
    }

    private Task<CommissionRule> RuleAsync() =>
        app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().CommissionRules.AsNoTracking().SingleAsync());
}
