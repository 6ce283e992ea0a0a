using SalesSuite.Host.Web;
using SalesSuite.SharedKernel.Modules;

// The registrations scan the types of the host and of every module (ModuleServices, event handlers): the types are
// loaded on the other core while this thread makes the builder (a cold start's first half second uses one core only).
_ = Task.Run(ModuleTypes.Preload);
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
// The databases are checked (and migrated) on the thread pool while this thread builds the pipeline and the endpoints
// (the Razor Pages of every module: half a second of a cold start); the host listens only after both are done.
var databases = Task.Run(() => app.PrepareDatabasesAsync(beginStartupTasks: true));
app.UseSalesSuite();
await databases;
await app.RunAsync();
return 0;

/// <summary>Entry point; public partial for WebApplicationFactory in the tests.</summary>
public partial class Program;
