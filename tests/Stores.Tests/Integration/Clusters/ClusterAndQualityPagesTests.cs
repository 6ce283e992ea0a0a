using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Stores.Application.Clusters;
using SalesSuite.Stores.Application.Flags;
using SalesSuite.Testing;
using static SalesSuite.Stores.Tests.Integration.Clusters.ClusterKit;

namespace SalesSuite.Stores.Tests.Integration.Clusters;

/// <summary>The clusters and quality pages through the real host: who sees what, closing, CSV, the score's numbers.</summary>
public sealed class ClusterAndQualityPagesTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    [Fact]
    public async Task Given_a_raised_cluster_Then_HQ_lists_and_closes_it_the_stores_manager_reads_but_may_not_close_and_sales01_is_refused()
    {
        var category = await app.CategoryAsync(threshold: 2);
        var store = await app.StoreAsync();
        await app.FeedbackAsync(store, Monday, category, lines: 2, question: "为什么比竞品A贵");
        await app.InScopeAsync(sp => sp.GetRequiredService<ClusterService>().EvaluateAsync(Monday, CancellationToken.None));
        var id = await app.DbAsync(db => db.Clusters.Where(c => c.CategoryCode == category).Select(c => c.Id).SingleAsync());
        var detail = "/Stores/Clusters/Detail?id=" + id;
        var close = "/Stores/Clusters/Detail?handler=Close&id=" + id;

        using var director = await app.SignInAsync("director", "en");
        using var manager = await app.SignInAsync("store01", "en");
        using var north = await app.SignInAsync("mgr.north", "en");
        using var sales = await app.SignInAsync("sales01", "en");

        Assert.Contains(category, await director.GetStringAsync("/Stores/Clusters"));
        var page = await manager.GetStringAsync(detail);
        Assert.Contains("/Stores/Reports/Detail?id=", page);
        Assert.Contains("为什么比竞品A贵", page);
        Assert.DoesNotContain(category, await north.GetStringAsync("/Stores/Clusters"));
        Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync(detail)).StatusCode);
        Assert.Contains("/Account/AccessDenied", (await sales.GetAsync("/Stores/Clusters")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.HtmxPostAsync(close, new() { ["note"] = "done" }, detail)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await director.HtmxPostAsync(close, new() { ["note"] = "" }, detail)).StatusCode);
        var closed = await director.HtmxPostAsync(close, new() { ["note"] = "Price matched competitor A" }, detail);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Contains("Price matched competitor A", await closed.Content.ReadAsStringAsync());
        var csv = await director.GetAsync("/Stores/Clusters?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Price matched competitor A", await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_two_stores_with_reports_this_month_Then_the_manager_sees_only_theirs_with_the_formula_and_HQ_sees_both()
    {
        var category = await app.CategoryAsync();
        var own = await app.StoreAsync();
        var foreign = await app.StoreAsync(supervisor: "mgr.north", manager: null);
        // October: a past month no other test of the class touches (the best store is chain-wide).
        var (day30, day31) = (new NodaTime.LocalDate(2026, 10, 30), new NodaTime.LocalDate(2026, 10, 31));
        await app.FeedbackAsync(own, day30, category, question: "便当可以加热吗");
        await app.FeedbackAsync(own, day31, category, question: "便当可以加热吗？");
        await app.FeedbackAsync(foreign, day31, category, question: "咖啡机什么时候修好");
        await app.InScopeAsync(sp => sp.GetRequiredService<FeedbackCheckService>().MarkDuplicatesAsync(day31, CancellationToken.None));
        var (ownCode, foreignCode) = (await CodeAsync(own), await CodeAsync(foreign));

        using var manager = await app.SignInAsync("store01", "en");
        using var director = await app.SignInAsync("director", "en");
        using var sales = await app.SignInAsync("sales01", "en");

        var mine = await manager.GetStringAsync("/Stores/Quality?month=2026-10");
        Assert.Contains(ownCode, mine);
        Assert.DoesNotContain(foreignCode, mine);
        Assert.Contains("quality-formula", mine);
        Assert.Contains($"/Stores/Reports?storeId={own}&amp;from=2026-10-01&amp;to=2026-10-31", mine);
        var all = await director.GetStringAsync("/Stores/Quality?month=2026-10&sort=score&desc=true");
        Assert.Contains(ownCode, all);
        Assert.Contains(foreignCode, all);
        var csv = await (await director.GetAsync("/Stores/Quality?handler=Csv&month=2026-10")).Content.ReadAsStringAsync();
        // own: 2 valid, 1 duplicate → quality 1, as good as the best (foreign: 1 valid); 2 of 31 days → 6.5 %;
        // score = 80 % × 6.5 + 20 % × 100 = 25.2.
        var ownLine = csv.Split('\n').Single(l => l.StartsWith(ownCode, StringComparison.Ordinal)).TrimEnd('\r');
        Assert.EndsWith(",2,31,6.5,2,1,50,1,100,25.2", ownLine);
        Assert.Contains("/Account/AccessDenied", (await sales.GetAsync("/Stores/Quality")).Headers.Location!.OriginalString);
    }

    private Task<string> CodeAsync(Guid store) => app.DbAsync(db => db.Stores.Where(s => s.Id == store).Select(s => s.Code).SingleAsync());
}
