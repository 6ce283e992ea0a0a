using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Health.Data;

internal sealed class HealthDbContext(DbContextOptions<HealthDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "health";
}
