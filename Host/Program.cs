using SalesSuite.Host.Web;
using SalesSuite.SharedKernel.Modules;

var builder = WebApplication.CreateBuilder(args);
builder.AddSalesSuite();

var app = builder.Build();
// A module's command-line task (e.g. "health rebuild") runs instead of the web server; see ModuleCommand.
if (ModuleCommands.Find(app.Services.GetServices<ModuleCommand>(), args) is { } command)
{
    // A command is an operator's step (e.g. "platform migrate" at deployment): the databases are migrated first, always.
    await app.PrepareDatabasesAsync(migrate: true);
    return await ModuleCommands.RunAsync(app.Services, command, Console.Out, CancellationToken.None);
}
app.UseSalesSuite();
await app.PrepareDatabasesAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point; public partial for WebApplicationFactory in the tests.</summary>
public partial class Program;
