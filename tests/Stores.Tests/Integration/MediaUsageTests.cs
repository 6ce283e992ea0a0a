using System.Net;
using SalesSuite.Stores.Domain;
using SalesSuite.Stores.Tests.Media;
using SalesSuite.Testing;
using static SalesSuite.Stores.Tests.Integration.MediaScenario;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>The administrator's file-storage page: bytes per store and month; nobody else may open it.</summary>
public sealed class MediaUsageTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    [Fact]
    public async Task Given_stored_files_When_the_admin_opens_usage_Then_the_store_month_shows_its_bytes_and_others_are_refused()
    {
        var store = await StoreAsync(app);
        var file = await SavedAsync(app, store, FileKind.Recording, "u.wav", "audio/wav", TestAudio.Wav(3));
        var admin = await app.SignInAsync("admin", "en");
        var director = await app.SignInAsync("director", "en");

        var page = await admin.GetStringAsync("/Stores/Files/Usage");
        var csv = await admin.GetStringAsync("/Stores/Files/Usage?handler=Csv");

        Assert.Contains($"data-bytes=\"{file.Bytes}\"", page, StringComparison.Ordinal);
        Assert.Contains("2026-11", csv, StringComparison.Ordinal);
        Assert.Contains(file.Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture), csv, StringComparison.Ordinal);
        var denied = await director.GetAsync("/Stores/Files/Usage");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
