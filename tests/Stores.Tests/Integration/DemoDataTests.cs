using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>The demo chain tells scenarios 5 and 6: a month of reports, last week's heating cluster, HZ-003's flag.</summary>
public sealed class DemoDataTests(StoresDemoAppFactory app) : IClassFixture<StoresDemoAppFactory>
{
    [Fact]
    public async Task Given_the_demo_When_the_host_starts_Then_thirty_stores_have_a_month_of_reports_with_photos_in_the_file_store()
    {
        var (stores, reports, withThreePhotos, regions) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            return (await db.Stores.CountAsync(), await db.Reports.CountAsync(),
                await db.Reports.CountAsync(r => r.Files.Count(f => f.Kind == FileKind.ShelfPhoto) == 3),
                await db.Stores.Select(s => s.Region).Distinct().CountAsync());
        });

        Assert.Equal(30, stores);
        Assert.Equal(3, regions);
        Assert.InRange(reports, 30 * 30 * 6 / 10, 30 * 30);
        Assert.Equal(reports, withThreePhotos);
    }

    [Fact]
    public async Task Given_the_demo_When_the_checks_have_run_Then_one_heating_cluster_is_raised_and_HZ_003_is_flagged()
    {
        var (clusters, flagged) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            var hz003 = await db.Stores.Where(s => s.Code == "HZ-003").Select(s => s.Id).SingleAsync();
            return (await db.Clusters.AsNoTracking().ToListAsync(), await db.Flags.AnyAsync(f => f.StoreId == hz003));
        });

        var heating = Assert.Single(clusters, c => c.CategoryCode == "inconvenient");
        Assert.True(heating.Count >= 15);
        Assert.True(heating.StoreIds.Count >= 5);
        Assert.DoesNotContain(clusters, c => c.CategoryCode is "price" or "service");
        Assert.True(flagged);
    }

    [Fact]
    public async Task Given_the_demo_When_store01_opens_the_day_page_Then_the_day_page_shows_the_check_in_and_the_pushed_playbook()
    {
        var client = await app.SignInAsync("store01", "zh-CN");

        var html = await client.GetStringAsync("/Stores/Day");

        Assert.Contains("data-testid=\"checked-in\"", html);
        Assert.Contains("data-testid=\"store-task\"", html);
        Assert.Contains("即食加热应对话术包", html);
        Assert.Contains("data-testid=\"write-report\"", html);
    }

    [Fact]
    public async Task Given_the_demo_When_the_director_opens_a_shelf_photo_Then_it_is_a_jpeg_served_from_the_file_store()
    {
        var fileId = await app.InScopeAsync(sp => sp.GetRequiredService<StoresDbContext>().Files
            .Where(f => f.Kind == FileKind.ShelfPhoto).Select(f => f.Id).FirstAsync());
        var client = await app.SignInAsync("director");

        using var response = await client.GetAsync($"/Stores/Files/{fileId}");
        using var thumb = await client.GetAsync($"/Stores/Files/{fileId}/Thumb");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xFF, 0xD8], bytes[..2]);
        Assert.Equal(HttpStatusCode.OK, thumb.StatusCode);
    }

    [Theory]
    [InlineData("/Stores/Execution")]
    [InlineData("/Stores/Compliance")]
    [InlineData("/Stores/Map")]
    [InlineData("/Stores/Rollout")]
    [InlineData("/Stores/Quality")]
    [InlineData("/Stores/Clusters")]
    [InlineData("/Stores/Supervisors")]
    public async Task Given_the_demo_When_the_director_opens_a_headquarters_page_Then_it_answers(string url)
    {
        var client = await app.SignInAsync("director");

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
