using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Config;

/// <summary>Headquarters' promotions and new SKUs: validation, stale edits, filters and CSV (real host, real SQLite).</summary>
public sealed class PromotionConfigTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private const string Promotions = "/Stores/Config/Promotions";
    private const string Products = "/Stores/Config/Products";

    [Fact]
    public async Task Given_a_promotion_ending_before_it_starts_or_of_an_unknown_type_When_saved_Then_422_with_the_reason_and_nothing_saved()
    {
        using var marketing = await app.SignInAsync("marketing", "en");
        var backwards = await marketing.PostFormAsync(
            $"{Promotions}/Edit", Promotion("P-BACK", "gift", "2026-12-10", "2026-12-01"), $"{Promotions}/Edit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, backwards.StatusCode);
        var html = await backwards.Content.ReadAsStringAsync();
        Assert.Contains("The end date cannot be before the start date.", html);
        Assert.Contains("P-BACK", html);

        var unknown = await marketing.PostFormAsync(
            $"{Promotions}/Edit", Promotion("P-TYPE", "buy-one-get-ten", "2026-12-01", "2026-12-10"), $"{Promotions}/Edit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("Choose one of the promotion types.", await unknown.Content.ReadAsStringAsync());

        var noRegion = await marketing.PostFormAsync($"{Promotions}/Edit",
            Promotion("P-REGION", "gift", "2026-12-01", "2026-12-10", region: "火星"), $"{Promotions}/Edit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noRegion.StatusCode);
        Assert.Contains("No store is in the region 火星", await noRegion.Content.ReadAsStringAsync());
        Assert.False(await app.DbAsync(db => db.Promotions.AnyAsync(p => p.Code.StartsWith("P-"))));
    }

    [Fact]
    public async Task Given_a_running_and_a_future_promotion_When_listed_Then_filters_pick_them_CSV_has_them_and_a_stale_edit_is_409()
    {
        using var director = await app.SignInAsync("director", "en");
        await app.FeedbackUsedAsync("华南", "x", "y");
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"{Promotions}/Edit",
            Promotion("NOW-1", "tasting", "2026-11-20", "2026-11-30", region: "华南"), $"{Promotions}/Edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"{Promotions}/Edit",
            Promotion("LATER-1", "festival", "2026-12-20", "2027-01-03"), $"{Promotions}/Edit")).StatusCode);

        var current = await director.GetStringAsync($"{Promotions}?status=current");
        Assert.Contains("data-code=\"NOW-1\"", current);
        Assert.DoesNotContain("data-code=\"LATER-1\"", current);
        var byType = await director.GetStringAsync($"{Promotions}?type=festival");
        Assert.Contains("data-code=\"LATER-1\"", byType);
        Assert.DoesNotContain("data-code=\"NOW-1\"", byType);
        var region = await director.GetStringAsync($"{Promotions}?region=%E5%8D%8E%E5%8D%97");
        Assert.Contains("data-code=\"NOW-1\"", region);
        Assert.DoesNotContain("data-code=\"LATER-1\"", region);

        var csv = await director.GetAsync($"{Promotions}?handler=Csv&status=current");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("NOW-1", text);
        Assert.Contains("Tasting", text);
        Assert.DoesNotContain("LATER-1", text);

        var id = await app.DbAsync(db => db.Promotions.Where(p => p.Code == "LATER-1").Select(p => p.Id).SingleAsync());
        var changed = Promotion("LATER-1", "festival", "2026-12-21", "2027-01-03");
        changed["Input.Version"] = "0";
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"{Promotions}/Edit?id={id}", changed, Promotions)).StatusCode);
        changed["Input.Name"] = "元旦（旧表单）";
        var stale = await director.PostFormAsync($"{Promotions}/Edit?id={id}", changed, Promotions);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("元旦（旧表单）", await stale.Content.ReadAsStringAsync());
        var stored = await app.DbAsync(db => db.Promotions.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal((new NodaTime.LocalDate(2026, 12, 21), 1), (stored.StartsOn, stored.Version));
    }

    [Fact]
    public async Task Given_new_SKUs_When_added_Then_a_duplicate_SKU_is_refused_and_the_CSV_lists_them()
    {
        using var director = await app.SignInAsync("director", "en");
        var fields = new Dictionary<string, string> { ["Input.Sku"] = "SKU-001", ["Input.Name"] = "低糖酸奶 200g", ["Input.LaunchOn"] = "2026-11-25" };
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"{Products}/Edit", new(fields), Products)).StatusCode);
        var duplicate = await director.PostFormAsync($"{Products}/Edit", new(fields), Products);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("already a product with the SKU SKU-001", await duplicate.Content.ReadAsStringAsync());
        var noDate = await director.PostFormAsync(
            $"{Products}/Edit", new(fields) { ["Input.Sku"] = "SKU-002", ["Input.LaunchOn"] = "25/11" }, Products);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDate.StatusCode);

        var csv = await director.GetStringAsync($"{Products}?handler=Csv");
        Assert.Contains("SKU-001,低糖酸奶 200g,2026-11-25,Yes", csv);
        Assert.DoesNotContain("SKU-002", csv);
    }

    private static Dictionary<string, string> Promotion(string code, string type, string starts, string ends, string region = "") => new()
    {
        ["Input.Code"] = code, ["Input.Name"] = "促销 " + code, ["Input.Type"] = type, ["Input.StartsOn"] = starts, ["Input.EndsOn"] = ends,
        ["Input.Region"] = region, ["Input.Instructions"] = "堆头放在入口处", ["Input.PhotoRequired"] = "true", ["Input.Active"] = "true",
    };
}
