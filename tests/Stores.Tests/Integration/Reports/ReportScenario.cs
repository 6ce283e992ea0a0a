using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;
using SkiaSharp;

namespace SalesSuite.Stores.Tests.Integration.Reports;

/// <summary>
/// A store run by store01 (fence 500 m, dwell 8 min) with one promotion (photo required), one new product and one feedback
/// category, prepared directly in the database; and a multipart submit as the tablet's browser sends it.
/// </summary>
internal sealed class ReportScenario(StoresAppFactory app)
{
    public const double Latitude = 31.230400;
    public const double Longitude = 121.473700;

    public Guid StoreId { get; } = Guid.NewGuid();
    public Guid PromotionId { get; } = Guid.NewGuid();
    public Guid ProductId { get; } = Guid.NewGuid();

    public static (double Lat, double Lon, double Accuracy) Inside => (Latitude + 0.0005, Longitude, 20);

    /// <summary>About 2.2 km north of the store.</summary>
    public static (double Lat, double Lon, double Accuracy) Outside => (Latitude + 0.02, Longitude, 20);

    public async Task<ReportScenario> CreateAsync(string manager = "store01", string code = "S001")
    {
        var managerId = await app.UserIdAsync(manager);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            var today = sp.GetRequiredService<BusinessClock>().Today;
            // The store's own region: the promotion applies to this store only (tests of a class share one app).
            var store = new Store(StoreId, code, "静安寺店 " + code, "南京西路 1 号", "East-" + code, Latitude, Longitude);
            store.AssignPeople(await app.UserIdAsync("mgr.east"), [managerId]);
            db.Stores.Add(store);
            db.Promotions.Add(new Promotion(PromotionId, "P-" + code, "满 99 减 10", "threshold-discount", today.PlusDays(-3), today.PlusDays(3),
                "East-" + code));
            db.Products.Add(new NewProduct(ProductId, "SKU-" + code, "新品气泡水", today.PlusDays(-1)));
            if (!db.FeedbackCategories.Any(c => c.Code == "price"))
            {
                var price = new FeedbackCategory(Guid.NewGuid(), "price", "价格异议", 1);
                price.ReplaceOptions([new FeedbackOption("above-a", "高于竞品A"), new FeedbackOption("above-b", "高于竞品B"),
                    new FeedbackOption("retired", "已停用", Active: false)]);
                db.FeedbackCategories.Add(price);
            }
            await db.SaveChangesAsync();
            // Every product launched is due in every store until reported on shelf: earlier tests' products too.
            ProductIds = db.Products.Select(p => p.Id).ToList();
        });
        return this;
    }

    public IReadOnlyList<Guid> ProductIds { get; private set; } = [];

    public Task CheckInAsync(Duration ago, string user = "store01", bool inside = true) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<StoresDbContext>();
        var clock = sp.GetRequiredService<BusinessClock>();
        var store = db.Stores.Single(s => s.Id == StoreId);
        var (lat, lon, acc) = inside ? Inside : Outside;
        var position = new GeoPosition(lat, lon, acc);
        db.CheckIns.Add(new CheckIn(Guid.NewGuid(), StoreId, await app.UserIdAsync(user), clock.Now - ago, clock.Today, position,
            Geofence.Check(store, position)));
        await db.SaveChangesAsync();
    });

    public Task GrantExceptionAsync() => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<StoresDbContext>();
        var clock = sp.GetRequiredService<BusinessClock>();
        db.Exceptions.Add(new FenceException(Guid.NewGuid(), StoreId, clock.Today, "GPS 故障", await app.UserIdAsync("mgr.east"), clock.Now));
        await db.SaveChangesAsync();
    });

    public Task<T> DbAsync<T>(Func<StoresDbContext, Task<T>> read) => app.InScopeAsync(sp => read(sp.GetRequiredService<StoresDbContext>()));

    /// <summary>A complete report: 3 shelf photos, one feedback line, the promotion executed with its photo, the product on shelf.</summary>
    public ReportForm Complete(string? key = null)
    {
        var form = new ReportForm(key ?? Guid.NewGuid().ToString("N")).At(Inside)
            .Field("Input.CompetitorActivity", "对面便利店 第二件半价")
            .Field("Input.Feedback[0].Category", "price").Field("Input.Feedback[0].Option", "above-a")
            .Field("Input.Feedback[0].Question", "为什么比隔壁贵？")
            .Field("Input.Promotions[0].PromotionId", PromotionId.ToString()).Field("Input.Promotions[0].Executed", "true")
            .File($"PromotionPhoto.{PromotionId}", "promo.jpg")
            .File("Shelf", "shelf1.jpg").File("Shelf", "shelf2.jpg").File("Shelf", "shelf3.jpg");
        for (var i = 0; i < ProductIds.Count; i++)
        {
            form.Field($"Input.Rollouts[{i}].ProductId", ProductIds[i].ToString()).Field($"Input.Rollouts[{i}].Status", "arrived");
        }
        return form;
    }

    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client, ReportForm form)
    {
        var page = await client.GetStringAsync("/");
        using var content = form.Build(SignedInClient.AntiforgeryToken(page));
        return await client.PostAsync($"/Stores/Report?storeId={StoreId}", content);
    }

    /// <summary>A small real JPEG (the real media service decodes it).</summary>
    public static byte[] Jpeg(SKColor color)
    {
        using var bitmap = new SKBitmap(64, 48);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}

/// <summary>The fields and files of one submit, built fluently.</summary>
internal sealed class ReportForm(string key)
{
    private readonly List<(string Name, string Value)> _fields = [("Input.IdempotencyKey", key)];
    private readonly List<(string Name, string FileName)> _files = [];

    public string Key => key;

    public ReportForm At((double Lat, double Lon, double Accuracy) p) =>
        Field("Input.Latitude", p.Lat.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
            .Field("Input.Longitude", p.Lon.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
            .Field("Input.Accuracy", p.Accuracy.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    public ReportForm Field(string name, string value)
    {
        _fields.RemoveAll(f => f.Name == name);
        _fields.Add((name, value));
        return this;
    }

    public ReportForm Without(string name)
    {
        _fields.RemoveAll(f => f.Name == name);
        _files.RemoveAll(f => f.Name == name);
        return this;
    }

    public ReportForm File(string name, string fileName)
    {
        _files.Add((name, fileName));
        return this;
    }

    public MultipartFormDataContent Build(string token)
    {
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in _fields)
        {
            content.Add(new StringContent(value), name);
        }
        foreach (var (name, fileName) in _files)
        {
            var bytes = new ByteArrayContent(ReportScenario.Jpeg(SKColors.SteelBlue));
            bytes.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(bytes, name, fileName);
        }
        return content;
    }
}
