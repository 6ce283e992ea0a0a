using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Stores.Tests.Media;
using static SalesSuite.Stores.Tests.Integration.MediaScenario;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>The daily upload quota per store counts saved files and those accepted in the same submit but not yet saved.</summary>
public sealed class MediaQuotaTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    [Fact]
    public async Task Given_a_1_MB_quota_When_uploads_pass_it_Then_the_one_that_would_pass_it_is_refused_and_not_stored()
    {
        await QuotaAsync(app, 1);
        var store = await StoreAsync(app);
        var other = await StoreAsync(app);
        var wav = TestAudio.Wav(10);
        for (var i = 0; i < 3; i++)
        {
            await SavedAsync(app, store, FileKind.Recording, $"saved-{i}.wav", "audio/wav", wav);
        }

        var refused = await app.InScopeAsync(async sp =>
        {
            for (var i = 0; i < 3; i++)
            {
                await AcceptAsync(sp, store, FileKind.Recording, $"pending-{i}.wav", "audio/wav", wav);
            }
            return await Assert.ThrowsAsync<DomainException>(() => AcceptAsync(sp, store, FileKind.Recording, "seventh.wav", "audio/wav", wav));
        });
        var otherStoreAccepted = await AcceptAsync(app, other, FileKind.Recording, "other.wav", "audio/wav", wav);

        Assert.Equal(("Media_Error_Quota", "seventh.wav", 1), (refused.Key, (string)refused.Arguments[0], (int)refused.Arguments[1]));
        Assert.Equal(6, (await StoredKeysAsync(app, store)).Count);
        Assert.Equal(3, await app.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<StoresDbContext>().Files.Count(f => f.StoreId == store))));
        Assert.NotNull(otherStoreAccepted);
    }
}
