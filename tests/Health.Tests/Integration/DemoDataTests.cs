using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>The demo history tells the seeds' stories.</summary>
public sealed class DemoDataTests(HealthDemoAppFactory app) : IClassFixture<HealthDemoAppFactory>
{
    [Fact]
    public async Task Given_the_demo_When_the_host_starts_Then_legal_review_is_the_largest_share_of_approval_delay()
    {
        var delays = await app.InScopeAsync(sp => sp.GetRequiredService<HealthDbContext>().Steps.AsNoTracking()
            .GroupBy(s => new { s.Kind, s.Step }).Select(g => new { g.Key.Kind, g.Key.Step, Delay = g.Sum(s => s.DelayHours), Count = g.Count() })
            .ToListAsync());

        var top = delays.OrderByDescending(d => d.Delay).First();
        Assert.Equal((StepKind.Approval, "Legal"), (top.Kind, top.Step));
        Assert.True(delays.Count(d => d.Kind == StepKind.Stage) >= 3);
        Assert.Contains(delays, d => d.Kind == StepKind.HandOff);
        Assert.Contains(delays, d => d.Kind == StepKind.Milestone);
        Assert.Contains(delays, d => d.Kind == StepKind.Task);
    }

    [Fact]
    public async Task Given_the_demo_When_the_rules_and_grading_have_run_Then_one_person_is_paused_one_frozen_and_grades_spread()
    {
        var sales05 = await app.UserIdAsync("sales05");
        var sales08 = await app.UserIdAsync("sales08");
        var (actions, grades) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HealthDbContext>();
            return (await db.Actions.AsNoTracking().Where(a => a.EndedAt == null).ToListAsync(),
                await db.Grades.AsNoTracking().Select(g => g.Grade).ToListAsync());
        });

        Assert.True(actions.Count >= 2, string.Join(", ", actions.Select(a => $"{a.Kind} {a.UserId}")));
        Assert.Equal([sales05], actions.Where(a => a.Kind == ActionKind.PauseAssignment).Select(a => a.UserId));
        Assert.Equal([sales08], actions.Where(a => a.Kind == ActionKind.FreezeQuoting).Select(a => a.UserId).Distinct());
        Assert.Equal(["A", "A+", "B", "C"], grades.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Given_the_demo_When_the_director_opens_the_home_page_card_Then_it_shows_the_nine_colours_and_legal_review_first()
    {
        var client = await app.SignInAsync("director");

        var html = await client.GetStringAsync("/Health/Home/Panel");

        Assert.Equal(9, System.Text.RegularExpressions.Regex.Matches(html, "data-rag=\"(Green|Amber|Red|None)\"").Count);
        var breakpoints = html[html.IndexOf("health-home-breakpoints", StringComparison.Ordinal)..];
        Assert.StartsWith("法务条款审核", System.Text.RegularExpressions.Regex.Match(breakpoints, "<a href=\"[^\"]+\">([^<]+)</a>").Groups[1].Value);
        Assert.Contains("health-home-actions", html);
    }

    [Fact]
    public async Task Given_the_demo_When_a_regional_manager_prints_the_monthly_report_Then_it_holds_their_team_and_the_breakpoints()
    {
        var client = await app.SignInAsync("mgr.north", "en");

        var html = await client.GetStringAsync("/Health/Report");

        Assert.Contains("data-testid=\"report-indicators\"", html);
        Assert.Contains("华北一组", html);
        Assert.DoesNotContain("华东一组", html);
        Assert.Contains("data-testid=\"report-breakpoints\"", html);
        Assert.Contains("Monthly health report", html);
    }

    [Fact]
    public async Task Given_the_demo_When_a_regional_manager_downloads_the_monthly_report_as_pdf_Then_it_holds_their_team_only()
    {
        var client = await app.SignInAsync("mgr.north", "en");

        var response = await client.GetAsync("/Health/Report?handler=Pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.True(PdfText.Shows(pdf, "Monthly health report"));
        Assert.True(PdfText.Shows(pdf, "华北一组"));
        Assert.False(PdfText.Shows(pdf, "华东一组"));
    }
}
