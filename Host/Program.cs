using SalesSuite.Host.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddSalesSuite();

var app = builder.Build();
app.UseSalesSuite();
await app.PrepareDatabasesAsync();
await app.RunAsync();

/// <summary>Entry point; public partial for WebApplicationFactory in the tests.</summary>
public partial class Program;
