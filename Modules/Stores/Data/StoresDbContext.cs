using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Stores.Data;

internal sealed class StoresDbContext(DbContextOptions<StoresDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "stores";
}
