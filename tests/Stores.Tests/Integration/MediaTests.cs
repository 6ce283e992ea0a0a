using System.Net;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Stores.Domain;
using SalesSuite.Stores.Tests.Media;
using SalesSuite.Testing;
using SkiaSharp;
using static SalesSuite.Stores.Tests.Integration.MediaScenario;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>Uploads through MediaService on the real host and file store, and serving them to those who may see the store.</summary>
public sealed class MediaTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    [Fact]
    public async Task Given_a_shelf_photo_with_gps_When_accepted_and_served_Then_the_position_is_kept_and_the_served_bytes_carry_no_exif()
    {
        var store = await StoreAsync(app);
        var original = TestJpeg.WithExif(2000, 1500, latitude: 31.230416, longitude: 121.473701);

        var file = await SavedAsync(app, store, FileKind.ShelfPhoto, "shelf-1.jpg", "image/jpeg", original);
        var client = await app.SignInAsync("store01", "en");
        var served = await client.GetAsync($"/Stores/Files/{file.Id}");
        var thumbnail = await client.GetAsync($"/Stores/Files/{file.Id}/Thumb");

        Assert.Equal(31.230416, file.ExifLatitude!.Value, precision: 5);
        Assert.Equal(121.473701, file.ExifLongitude!.Value, precision: 5);
        Assert.Equal((1600, 1200), (file.Width, file.Height));
        Assert.Equal(64, file.Sha256!.Length);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal((true, TimeSpan.FromHours(1)), (served.Headers.CacheControl!.Private, served.Headers.CacheControl.MaxAge));
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal($"\"{file.Id:N}\"", served.Headers.ETag!.Tag);
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.False(TestJpeg.Contains(bytes, "Exif"));
        Assert.Equal(file.Bytes, bytes.Length + (await thumbnail.Content.ReadAsByteArrayAsync()).Length);
        using var decoded = SKBitmap.Decode(await thumbnail.Content.ReadAsByteArrayAsync());
        Assert.Equal(320, decoded.Width);
    }

    [Fact]
    public async Task Given_a_served_file_When_asked_again_with_its_etag_Then_304()
    {
        var store = await StoreAsync(app);
        var file = await SavedAsync(app, store, FileKind.ShelfPhoto, "a.jpg", "image/jpeg", TestJpeg.Draw(100, 80));
        var client = await app.SignInAsync("store01", "en");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/Stores/Files/{file.Id}");
        request.Headers.IfNoneMatch.ParseAdd($"\"{file.Id:N}\"");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Given_a_file_of_another_store_When_its_manager_is_not_you_Then_404_and_sales_get_403()
    {
        var otherStore = await StoreAsync(app, managerUserName: null);
        var file = await SavedAsync(app, otherStore, FileKind.ShelfPhoto, "b.jpg", "image/jpeg", TestJpeg.Draw(100, 80));
        var manager = await app.SignInAsync("store01", "en");
        var supervisor = await app.SignInAsync("mgr.east", "en");
        var director = await app.SignInAsync("director", "en");
        var sales = await app.SignInAsync("sales01", "en");

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/Stores/Files/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/Stores/Files/{file.Id}/Thumb")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/Stores/Files/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/Stores/Files/{file.Id}")).StatusCode);
        Assert.Contains("/Account/AccessDenied", (await sales.GetAsync($"/Stores/Files/{file.Id}")).Headers.Location!.OriginalString,
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Stores/Files/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Given_a_pdf_renamed_jpg_When_uploaded_Then_refused_as_not_an_image_and_nothing_is_stored()
    {
        var store = await StoreAsync(app);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            AcceptAsync(app, store, FileKind.ShelfPhoto, "shelf.jpg", "image/jpeg", TestAudio.Pdf()));

        Assert.Equal("Media_Error_NotImage", refused.Key);
        Assert.Equal("shelf.jpg", refused.Arguments[0]);
        Assert.Empty(await StoredKeysAsync(app, store));
    }

    [Fact]
    public async Task Given_an_image_over_10_MB_When_uploaded_Then_refused_as_too_large_and_nothing_is_stored()
    {
        var store = await StoreAsync(app);
        var huge = new byte[(10 * 1024 * 1024) + 1];
        TestJpeg.Draw(10, 10).CopyTo(huge, 0);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            AcceptAsync(app, store, FileKind.PromotionPhoto, "big.jpg", "image/jpeg", huge));

        Assert.Equal(("Media_Error_TooLarge", 10L), (refused.Key, (long)refused.Arguments[1]));
        Assert.Empty(await StoredKeysAsync(app, store));
    }

    [Fact]
    public async Task Given_a_wav_of_10_s_When_uploaded_Then_accepted_with_its_measured_duration_and_served_as_audio()
    {
        var store = await StoreAsync(app);

        var file = await SavedAsync(app, store, FileKind.Recording, "q1.wav", "audio/wav", TestAudio.Wav(10));
        var client = await app.SignInAsync("store01", "en");
        var served = await client.GetAsync($"/Stores/Files/{file.Id}");

        Assert.Equal(10, file.DurationSeconds);
        Assert.Null(file.ThumbnailKey);
        Assert.EndsWith($"/{file.Id:N}.wav", file.StorageKey, StringComparison.Ordinal);
        Assert.Equal("audio/wav", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Stores/Files/{file.Id}/Thumb")).StatusCode);
    }

    [Fact]
    public async Task Given_a_wav_of_40_s_When_uploaded_Then_refused_as_too_long_and_nothing_is_stored()
    {
        var store = await StoreAsync(app);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            AcceptAsync(app, store, FileKind.Recording, "long.wav", "audio/wav", TestAudio.Wav(40)));

        Assert.Equal("Media_Error_TooLong", refused.Key);
        Assert.Equal(30, refused.Arguments[2]);
        Assert.Empty(await StoredKeysAsync(app, store));
    }

    [Fact]
    public async Task Given_a_chrome_webm_of_20_s_When_uploaded_Then_accepted()
    {
        var store = await StoreAsync(app);

        var file = await AcceptAsync(app, store, FileKind.Recording, "q.webm", "audio/webm;codecs=opus", TestAudio.Webm(20));

        Assert.Equal("audio/webm", file.ContentType);
        Assert.InRange(file.DurationSeconds!.Value, 19.8, 20.1);
    }

    [Theory]
    [InlineData("audio/webm")]
    [InlineData("audio/ogg")]
    public async Task Given_a_fake_recording_whose_bytes_are_not_its_type_When_uploaded_Then_refused_and_nothing_is_stored(string type)
    {
        var store = await StoreAsync(app);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            AcceptAsync(app, store, FileKind.Recording, "fake.webm", type, TestAudio.Wav(5)));

        Assert.Equal("Media_Error_AudioType", refused.Key);
        Assert.Empty(await StoredKeysAsync(app, store));
    }

    [Fact]
    public async Task Given_a_recording_over_1_MB_When_uploaded_Then_refused_as_too_large()
    {
        var store = await StoreAsync(app);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            AcceptAsync(app, store, FileKind.Recording, "big.wav", "audio/wav", TestAudio.Wav(30, sampleRate: 48000)));

        Assert.Equal("Media_Error_TooLarge", refused.Key);
    }
}
