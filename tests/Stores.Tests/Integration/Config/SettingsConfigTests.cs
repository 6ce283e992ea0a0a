using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Config;

/// <summary>Stores' settings page: defaults shown, ranges refused next to their fields, stale forms 409.</summary>
public sealed class SettingsConfigTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private const string Settings = "/Stores/Config/Settings";

    [Fact]
    public async Task Given_the_defaults_When_values_out_of_range_are_posted_Then_each_is_refused_and_a_valid_save_then_a_stale_one_is_409()
    {
        using var director = await app.SignInAsync("director", "en");
        var page = await director.GetStringAsync(Settings);
        Assert.Contains("value=\"15\"", page);
        Assert.Contains("value=\"40\"", page);

        var bad = await director.PostFormAsync(Settings, Form(threshold: 0, days: 1, weight: 101, similarity: 40, quota: 0, version: 0), Settings);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("The cluster threshold must be between 1 and 10,000.", html);
        Assert.Contains("Consecutive days must be between 2 and 14.", html);
        Assert.Contains("The weight must be between 0 and 100 %.", html);
        Assert.Contains("The similarity must be between 50 and 100 %.", html);
        Assert.Contains("The daily quota must be between 1 and 1,000 MB.", html);
        Assert.False(await app.DbAsync(db => db.Settings.AnyAsync()));

        var saved = await director.PostFormAsync(Settings, Form(threshold: 12, days: 4, weight: 25, similarity: 90, quota: 60, version: 0), Settings);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = await app.DbAsync(db => db.Settings.AsNoTracking().SingleAsync());
        Assert.Equal((12, 4, 25, 90, 60), (row.ClusterThreshold, row.SameQuestionDays, row.QualityWeightPercent, row.DuplicateSimilarityPercent,
            row.DailyQuotaMegabytes));

        var stale = await director.PostFormAsync(Settings, Form(threshold: 20, days: 3, weight: 20, similarity: 85, quota: 40, version: 0), Settings);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(12, (await app.DbAsync(db => db.Settings.AsNoTracking().SingleAsync())).ClusterThreshold);
        var second = await director.PostFormAsync(
            Settings, Form(threshold: 20, days: 3, weight: 20, similarity: 85, quota: 40, version: row.Version), Settings);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
    }

    private static Dictionary<string, string> Form(int threshold, int days, int weight, int similarity, int quota, int version) => new()
    {
        ["Input.ClusterThreshold"] = threshold.ToString(), ["Input.SameQuestionDays"] = days.ToString(),
        ["Input.QualityWeightPercent"] = weight.ToString(), ["Input.DuplicateSimilarityPercent"] = similarity.ToString(),
        ["Input.DailyQuotaMegabytes"] = quota.ToString(), ["Input.Version"] = version.ToString(),
    };
}
